package org.a6portal.overview.initialreport;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.common.CodedEnum;
import org.a6portal.country.CountryTally;
import org.a6portal.country.Region;
import org.a6portal.overview.ListParameters.InvalidListParameterException;
import org.a6portal.overview.LocaleOrder;
import org.a6portal.overview.Pager;
import org.a6portal.overview.RegionSummary;
import org.a6portal.sustainabledevelopment.InitialReportCriteria;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /initial-reports}: every published Article 6.2 initial report, for a filter ({@link InitialReportCriteria}).
 * Three statements whatever the number of reports: the countries the filter offers, every country with its figures
 * for the filter (summary, regions, map, names), and the page's rows.
 */
@Service
@Transactional(readOnly = true)
class InitialReportOverview {

	private final JdbcClient jdbc;

	InitialReportOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Result find(InitialReportOverviewQuery query, Locale locale) {
		List<String> offered = this.jdbc.sql("""
				SELECT DISTINCT country_iso2 FROM initial_report WHERE publication_status = 'published'
				""").query(String.class).list();
		InitialReportCriteria criteria = query.criteria();
		Map<String, Object> parameters = new HashMap<>();
		String where = criteria.where(parameters);
		Map<ReviewStatus, Long> byStatus = new EnumMap<>(ReviewStatus.class);
		List<CountryTally> countries = this.jdbc.sql("""
				WITH matching AS (
				       SELECT r.country_iso2 AS iso2, r.review_status
				       FROM initial_report r JOIN country c ON c.iso2 = r.country_iso2
				       WHERE %s)
				SELECT c.iso2, c.numeric_code, c.name_en, c.name_es, c.name_fr, c.region,
				       count(m.iso2) AS records,
				       count(*) FILTER (WHERE m.review_status = 'submitted') AS submitted,
				       count(*) FILTER (WHERE m.review_status = 'under_review') AS under_review,
				       count(*) FILTER (WHERE m.review_status = 'review_published') AS review_published
				FROM country c LEFT JOIN matching m ON m.iso2 = c.iso2
				GROUP BY c.iso2
				ORDER BY c.iso2
				""".formatted(where))
			.params(parameters)
			.query((rs, n) -> {
				for (ReviewStatus status : ReviewStatus.values()) {
					byStatus.merge(status, rs.getLong(status.code()), Long::sum);
				}
				return new CountryTally(rs.getString("iso2"), rs.getString("numeric_code"), rs.getString("name_en"),
						rs.getString("name_es"), rs.getString("name_fr"), Region.fromRequest(rs.getString("region")),
						rs.getLong("records"), rs.getLong("review_published"));
			})
			.list();
		Map<String, CountryTally> byIso2 = countries.stream()
			.collect(Collectors.toMap(CountryTally::iso2, Function.identity()));
		if (criteria.country() != null && !byIso2.containsKey(criteria.country())) {
			throw new InvalidListParameterException("country", criteria.country().toLowerCase(Locale.ROOT));
		}
		long matching = countries.stream().mapToLong(CountryTally::records).sum();
		Pager pager = Pager.of(query.page(), InitialReportOverviewQuery.PAGE_SIZE, matching);
		RegionSummary.Builder regions = RegionSummary.builder();
		countries.stream()
			.filter((country) -> country.records() > 0)
			.forEach((country) -> regions.add(country.region(), country.records(), BigDecimal.ONE));
		Summary summary = new Summary(matching, countries.stream().filter((c) -> c.records() > 0).count(), byStatus,
				regions.build());
		List<Row> rows = (matching == 0) ? List.of() : rows(query, pager, where, parameters, byIso2, locale);
		Collator collator = Collator.getInstance(locale);
		List<CountryTally> choices = offered.stream()
			.map(byIso2::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing((CountryTally country) -> country.name(locale), collator))
			.toList();
		return new Result(query, choices, summary, countries, rows, pager);
	}

	private List<Row> rows(InitialReportOverviewQuery query, Pager pager, String where, Map<String, Object> parameters,
			Map<String, CountryTally> countries, Locale locale) {
		String name = LocaleOrder.collated(LocaleOrder.countryName("c", locale), locale);
		String dir = query.descending() ? "DESC" : "ASC";
		String order = switch (query.sort()) {
			case SUBMITTED -> "r.submitted_on " + dir + " NULLS LAST, " + name;
			case COUNTRY -> name + " " + dir + ", r.submitted_on DESC NULLS LAST";
			case TITLE -> LocaleOrder.collated("r.title", locale) + " " + dir;
		};
		Map<String, Object> bound = new HashMap<>(parameters);
		bound.put("limit", InitialReportOverviewQuery.PAGE_SIZE);
		bound.put("offset", pager.offset());
		return this.jdbc.sql("""
				SELECT r.slug, r.title, r.country_iso2, r.submitted_on, r.review_status
				FROM initial_report r JOIN country c ON c.iso2 = r.country_iso2
				WHERE %s
				ORDER BY %s, r.id
				LIMIT :limit OFFSET :offset
				""".formatted(where, order))
			.params(bound)
			.query((rs, n) -> {
				CountryTally country = countries.get(rs.getString("country_iso2"));
				return new Row(rs.getString("slug"), rs.getString("title"), country.code(), country.name(locale),
						rs.getObject("submitted_on", LocalDate.class),
						CodedEnum.fromCode(ReviewStatus.class, rs.getString("review_status")));
			})
			.list();
	}

	/**
	 * The page.
	 * @param query what was asked
	 * @param countryChoices the countries the country filter offers (those with a published report), by name
	 * @param summary the figures for the filter
	 * @param countries every country with its figures for the filter
	 * @param rows the page's reports
	 * @param pager which of the matching reports the page shows
	 */
	record Result(InitialReportOverviewQuery query, List<CountryTally> countryChoices, Summary summary,
			List<CountryTally> countries, List<Row> rows, Pager pager) {
	}

	/**
	 * The figures for the filter.
	 * @param reports how many reports match
	 * @param countries how many Parties submitted them
	 * @param byStatus how many are at each stage of review
	 * @param regions per region: the reports and the Parties that submitted them
	 */
	public record Summary(long reports, long countries, Map<ReviewStatus, Long> byStatus, RegionSummary regions) {
	}

	/**
	 * A report on the page.
	 * @param slug its slug (its page)
	 * @param title its title
	 * @param countryCode the Party's lower-case code
	 * @param countryName the Party's name in the visitor's language
	 * @param submittedOn when it was submitted, where known
	 * @param reviewStatus where it stands in its review
	 */
	public record Row(String slug, String title, String countryCode, String countryName, @Nullable LocalDate submittedOn,
			ReviewStatus reviewStatus) {
	}

}
