package org.a6portal.overview.ndc;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.common.CodedEnum;
import org.a6portal.country.CountryTally;
import org.a6portal.country.Region;
import org.a6portal.ndc.NdcTargetCriteria;
import org.a6portal.ndc.NdcVersionName;
import org.a6portal.ndc.TargetType;
import org.a6portal.overview.ListParameters.InvalidListParameterException;
import org.a6portal.overview.LocaleOrder;
import org.a6portal.overview.Pager;
import org.a6portal.overview.RegionSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /ndc-targets}: every published NDC target across countries, for a filter ({@link NdcTargetCriteria}). Three
 * statements whatever the number of targets: the filters' choices, every country with its figures for the filter
 * (the summary, the regions, the map, and the names of the page's countries), and the page's rows.
 */
@Service
@Transactional(readOnly = true)
class NdcTargetOverview {

	private final JdbcClient jdbc;

	NdcTargetOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Result find(NdcTargetOverviewQuery query, Locale locale) {
		Choices choices = choices();
		NdcTargetCriteria criteria = query.criteria();
		Map<String, Object> parameters = new HashMap<>();
		String where = criteria.where(parameters);
		long[] conditionality = new long[2];
		List<CountryTally> countries = this.jdbc.sql("""
				WITH matching AS (
				       SELECT s.country_iso2 AS iso2, t.net_zero_year, t.conditional
				       FROM ndc_target t JOIN ndc_submission s ON s.id = t.submission_id
				       JOIN country c ON c.iso2 = s.country_iso2
				       WHERE %s)
				SELECT c.iso2, c.numeric_code, c.name_en, c.name_es, c.name_fr, c.region,
				       count(m.iso2) AS records, count(m.net_zero_year) AS extra,
				       count(*) FILTER (WHERE m.conditional) AS conditional,
				       count(*) FILTER (WHERE NOT m.conditional) AS unconditional
				FROM country c LEFT JOIN matching m ON m.iso2 = c.iso2
				GROUP BY c.iso2
				ORDER BY c.iso2
				""".formatted(where))
			.params(parameters)
			.query((rs, n) -> {
				conditionality[0] += rs.getLong("conditional");
				conditionality[1] += rs.getLong("unconditional");
				return new CountryTally(rs.getString("iso2"), rs.getString("numeric_code"), rs.getString("name_en"),
						rs.getString("name_es"), rs.getString("name_fr"), Region.fromRequest(rs.getString("region")),
						rs.getLong("records"), rs.getLong("extra"));
			})
			.list();
		Map<String, CountryTally> byIso2 = countries.stream()
			.collect(Collectors.toMap(CountryTally::iso2, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		if (criteria.country() != null && !byIso2.containsKey(criteria.country())) {
			throw new InvalidListParameterException("country", criteria.country().toLowerCase(Locale.ROOT));
		}
		long matching = countries.stream().mapToLong(CountryTally::records).sum();
		Pager pager = Pager.of(query.page(), NdcTargetOverviewQuery.PAGE_SIZE, matching);
		RegionSummary.Builder regions = RegionSummary.builder();
		countries.stream()
			.filter((country) -> country.records() > 0)
			.forEach((country) -> regions.add(country.region(), 1, BigDecimal.valueOf((country.extra() > 0) ? 1 : 0)));
		Summary summary = new Summary(matching, countries.stream().filter((c) -> c.records() > 0).count(),
				countries.stream().filter((c) -> c.extra() > 0).count(), conditionality[0], conditionality[1],
				regions.build());
		List<Row> rows = (matching == 0) ? List.of() : rows(query, pager, where, parameters, byIso2, locale);
		return new Result(query, choices, summary, countries, rows, pager);
	}

	private List<Row> rows(NdcTargetOverviewQuery query, Pager pager, String where, Map<String, Object> parameters,
			Map<String, CountryTally> countries, Locale locale) {
		String name = LocaleOrder.collated(LocaleOrder.countryName("c", locale), locale);
		String dir = query.descending() ? "DESC" : "ASC";
		String byName = name + " " + (query.sort() == NdcTargetOverviewQuery.Sort.COUNTRY ? dir : "ASC");
		String order = switch (query.sort()) {
			case COUNTRY -> byName + ", s.is_current DESC, s.version_year DESC, t.target_year NULLS LAST";
			case YEAR -> "t.target_year " + dir + " NULLS LAST, " + byName;
			case REDUCTION -> "t.reduction_pct " + dir + " NULLS LAST, " + byName + ", t.target_year NULLS LAST";
			case NETZERO -> "t.net_zero_year " + dir + " NULLS LAST, " + byName + ", t.target_year NULLS LAST";
		};
		Map<String, Object> bound = new HashMap<>(parameters);
		bound.put("limit", NdcTargetOverviewQuery.PAGE_SIZE);
		bound.put("offset", pager.offset());
		return this.jdbc.sql("""
				SELECT t.slug, s.slug AS set_slug, s.label, s.version_year, s.is_current, s.country_iso2, t.target_type,
				       t.target_year, t.reduction_pct, t.reduction_pct_upper, t.conditional, t.base_year, t.net_zero_year
				FROM ndc_target t JOIN ndc_submission s ON s.id = t.submission_id
				JOIN country c ON c.iso2 = s.country_iso2
				WHERE %s
				ORDER BY %s, t.conditional NULLS FIRST, t.id
				LIMIT :limit OFFSET :offset
				""".formatted(where, order))
			.params(bound)
			.query((rs, n) -> {
				CountryTally country = countries.get(rs.getString("country_iso2"));
				return new Row(rs.getString("slug"), rs.getString("set_slug"),
						NdcVersionName.of(rs.getString("label")), rs.getInt("version_year"), rs.getBoolean("is_current"),
						country.code(), country.name(locale),
						CodedEnum.fromCode(TargetType.class, rs.getString("target_type")),
						(Integer) rs.getObject("target_year", Integer.class), rs.getBigDecimal("reduction_pct"),
						rs.getBigDecimal("reduction_pct_upper"), (Boolean) rs.getObject("conditional", Boolean.class),
						(Integer) rs.getObject("base_year", Integer.class),
						(Integer) rs.getObject("net_zero_year", Integer.class));
			})
			.list();
	}

	/** The values the filters offer: the countries with a published target, and the years they name. */
	private Choices choices() {
		Map<String, TreeSet<String>> values = new HashMap<>();
		this.jdbc.sql("""
				SELECT DISTINCT 'country' AS kind, s.country_iso2 AS value
				FROM ndc_target t JOIN ndc_submission s ON s.id = t.submission_id WHERE t.publication_status = 'published'
				UNION
				SELECT DISTINCT 'targetYear', t.target_year::text FROM ndc_target t
				WHERE t.publication_status = 'published' AND t.target_year IS NOT NULL
				UNION
				SELECT DISTINCT 'netZeroYear', t.net_zero_year::text FROM ndc_target t
				WHERE t.publication_status = 'published' AND t.net_zero_year IS NOT NULL
				""")
			.query((rs, n) -> values.computeIfAbsent(rs.getString("kind"), (kind) -> new TreeSet<>()).add(rs.getString("value")))
			.list();
		return new Choices(List.copyOf(values.getOrDefault("country", new TreeSet<>())),
				values.getOrDefault("targetYear", new TreeSet<>()).stream().map(Integer::valueOf).toList(),
				values.getOrDefault("netZeroYear", new TreeSet<>()).stream().map(Integer::valueOf).toList());
	}

	/**
	 * The page.
	 * @param query what was asked
	 * @param choices what the filters offer
	 * @param summary the figures for the filter
	 * @param countries every country with its figures for the filter, by code
	 * @param rows the page's targets
	 * @param pager which of the matching targets the page shows
	 */
	record Result(NdcTargetOverviewQuery query, Choices choices, Summary summary, List<CountryTally> countries,
			List<Row> rows, Pager pager) {

		/** The countries the country filter offers (those with a published target), by name. */
		public List<CountryTally> countryChoices(Locale locale) {
			java.text.Collator collator = java.text.Collator.getInstance(locale);
			Map<String, CountryTally> byIso2 = this.countries.stream()
				.collect(Collectors.toMap(CountryTally::iso2, Function.identity()));
			return this.choices.countries()
				.stream()
				.map(byIso2::get)
				.filter(java.util.Objects::nonNull)
				.sorted(java.util.Comparator.comparing((CountryTally country) -> country.name(locale), collator))
				.toList();
		}

	}

	/**
	 * @param countries upper-case alpha-2 codes of the countries with a published target
	 * @param targetYears the target years named, in order
	 * @param netZeroYears the net-zero years named, in order
	 */
	public record Choices(List<String> countries, List<Integer> targetYears, List<Integer> netZeroYears) {
	}

	/**
	 * The figures for the filter.
	 * @param targets how many targets match
	 * @param countries how many countries they belong to
	 * @param countriesWithNetZero how many of those name a net-zero year in a matching target
	 * @param conditional how many matching targets are conditional
	 * @param unconditional how many are unconditional
	 * @param regions per region: the countries with a matching target, and those of them naming a net-zero year
	 */
	public record Summary(long targets, long countries, long countriesWithNetZero, long conditional, long unconditional,
			RegionSummary regions) {
	}

	/**
	 * A target on the page.
	 * @param slug its own slug (its row on the set's page)
	 * @param setSlug its NDC target set's slug (the set's page)
	 * @param version the NDC version's name
	 * @param versionYear the year the version is known by
	 * @param current whether the version is the country's current NDC
	 * @param countryCode the country's lower-case code
	 * @param countryName the country's name in the visitor's language
	 * @param targetType how it is expressed
	 * @param targetYear its year
	 * @param reductionPct the reduction, in percent
	 * @param reductionPctUpper the upper end of a range
	 * @param conditional whether it is conditional, if the source says
	 * @param baseYear its base year
	 * @param netZeroYear the net-zero year it names
	 */
	public record Row(String slug, String setSlug, NdcVersionName version, int versionYear, boolean current,
			String countryCode, String countryName, TargetType targetType, @Nullable Integer targetYear,
			@Nullable BigDecimal reductionPct, @Nullable BigDecimal reductionPctUpper, @Nullable Boolean conditional,
			@Nullable Integer baseYear, @Nullable Integer netZeroYear) {
	}

}
