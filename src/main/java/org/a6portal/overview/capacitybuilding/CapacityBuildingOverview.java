package org.a6portal.overview.capacitybuilding;

import java.math.BigDecimal;
import java.sql.Array;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.capacitybuilding.CapacityBuildingCriteria;
import org.a6portal.country.CountryTally;
import org.a6portal.country.Region;
import org.a6portal.overview.ListParameters.InvalidListParameterException;
import org.a6portal.overview.LocaleOrder;
import org.a6portal.overview.Pager;
import org.a6portal.overview.RegionSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /capacity-building}: the directory of published capacity-building projects, for a filter
 * ({@link CapacityBuildingCriteria}). Three statements whatever the number of projects: the filters' choices, every
 * country and region with its projects for the filter (summary, regions, map, names), and the page's rows.
 */
@Service
@Transactional(readOnly = true)
class CapacityBuildingOverview {

	private final JdbcClient jdbc;

	CapacityBuildingOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Result find(CapacityBuildingOverviewQuery query, Locale locale) {
		Map<String, TreeSet<String>> offered = new HashMap<>();
		this.jdbc.sql("""
				SELECT 'organisation' AS kind, o.name AS value
				FROM capacity_building_project p
				CROSS JOIN LATERAL (VALUES (p.lead_organisation), (p.funder)) AS o (name)
				WHERE p.publication_status = 'published' AND o.name IS NOT NULL AND o.name <> ''
				UNION
				SELECT 'country', x.country_iso2
				FROM capacity_building_country x JOIN capacity_building_project p ON p.id = x.project_id
				WHERE p.publication_status = 'published'
				UNION
				SELECT 'year', y::text
				FROM capacity_building_project p
				CROSS JOIN LATERAL generate_series(extract(year FROM p.started_on)::int,
				       least(extract(year FROM coalesce(p.ends_on, current_date))::int, 2100)) AS y
				WHERE p.publication_status = 'published' AND p.started_on IS NOT NULL
				""")
			.query((rs, n) -> offered.computeIfAbsent(rs.getString("kind"), (kind) -> new TreeSet<>()).add(rs.getString("value")))
			.list();
		CapacityBuildingCriteria criteria = query.criteria();
		List<String> organisations = new ArrayList<>(offered.getOrDefault("organisation", new TreeSet<>()));
		organisations.sort(Collator.getInstance(locale));
		if (criteria.organisation() != null && !organisations.contains(criteria.organisation())) {
			throw new InvalidListParameterException("organisation", criteria.organisation());
		}
		Map<String, Object> parameters = new HashMap<>();
		String where = criteria.where(parameters);
		List<CountryTally> countries = new ArrayList<>();
		RegionSummary.Builder regions = RegionSummary.builder();
		long[] totals = new long[2];
		this.jdbc.sql("""
				WITH matching AS (SELECT p.id FROM capacity_building_project p WHERE %s),
				     involved AS (SELECT x.project_id, x.country_iso2 FROM capacity_building_country x
				                  JOIN matching m ON m.id = x.project_id)
				SELECT 'country' AS kind, c.iso2, c.numeric_code, c.name_en, c.name_es, c.name_fr, c.region,
				       count(i.project_id) AS n, 0 AS countries
				FROM country c LEFT JOIN involved i ON i.country_iso2 = c.iso2
				GROUP BY c.iso2
				UNION ALL
				SELECT 'region', NULL, NULL, NULL, NULL, NULL, c.region, count(DISTINCT i.project_id),
				       count(DISTINCT i.country_iso2)
				FROM involved i JOIN country c ON c.iso2 = i.country_iso2
				GROUP BY c.region
				UNION ALL
				SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, (SELECT count(*) FROM matching),
				       (SELECT count(*) FROM matching m WHERE NOT EXISTS
				               (SELECT 1 FROM capacity_building_country x WHERE x.project_id = m.id))
				""".formatted(where))
			.params(parameters)
			.query((rs, n) -> {
				switch (rs.getString("kind")) {
					case "country" -> countries.add(new CountryTally(rs.getString("iso2"), rs.getString("numeric_code"),
							rs.getString("name_en"), rs.getString("name_es"), rs.getString("name_fr"),
							Region.fromRequest(rs.getString("region")), rs.getLong("n"), 0));
					case "region" -> regions.add(Region.fromRequest(rs.getString("region")), rs.getLong("n"),
							BigDecimal.valueOf(rs.getLong("countries")));
					default -> {
						totals[0] = rs.getLong("n");
						totals[1] = rs.getLong("countries");
					}
				}
				return n;
			})
			.list();
		Map<String, CountryTally> byIso2 = countries.stream()
			.collect(Collectors.toMap(CountryTally::iso2, Function.identity()));
		if (criteria.country() != null && !byIso2.containsKey(criteria.country())) {
			throw new InvalidListParameterException("country", criteria.country().toLowerCase(Locale.ROOT));
		}
		long matching = totals[0];
		Pager pager = Pager.of(query.page(), CapacityBuildingOverviewQuery.PAGE_SIZE, matching);
		Summary summary = new Summary(matching, countries.stream().filter((c) -> c.records() > 0).count(), totals[1],
				regions.build());
		List<Row> rows = (matching == 0) ? List.of() : rows(query, pager, where, parameters, byIso2, locale);
		Collator collator = Collator.getInstance(locale);
		List<CountryTally> countryChoices = offered.getOrDefault("country", new TreeSet<>())
			.stream()
			.map(byIso2::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing((CountryTally country) -> country.name(locale), collator))
			.toList();
		List<Integer> years = offered.getOrDefault("year", new TreeSet<>()).stream().map(Integer::valueOf).sorted().toList();
		return new Result(query, countryChoices, organisations, years, summary, countries, rows, pager);
	}

	private List<Row> rows(CapacityBuildingOverviewQuery query, Pager pager, String where, Map<String, Object> parameters,
			Map<String, CountryTally> countries, Locale locale) {
		String dir = query.descending() ? "DESC" : "ASC";
		String title = LocaleOrder.collated("p.title", locale);
		String order = switch (query.sort()) {
			case TITLE -> title + " " + dir;
			case STARTED -> "p.started_on " + dir + " NULLS LAST, " + title;
			case COUNTRIES -> "(SELECT count(*) FROM capacity_building_country x WHERE x.project_id = p.id) " + dir + ", "
					+ title;
		};
		Map<String, Object> bound = new HashMap<>(parameters);
		bound.put("limit", CapacityBuildingOverviewQuery.PAGE_SIZE);
		bound.put("offset", pager.offset());
		Collator collator = Collator.getInstance(locale);
		return this.jdbc.sql("""
				SELECT p.slug, p.title, p.lead_organisation, p.funder, p.started_on, p.ends_on,
				       coalesce((SELECT array_agg(x.country_iso2 ORDER BY x.country_iso2) FROM capacity_building_country x
				                 WHERE x.project_id = p.id), '{}') AS countries
				FROM capacity_building_project p
				WHERE %s
				ORDER BY %s, p.id
				LIMIT :limit OFFSET :offset
				""".formatted(where, order))
			.params(bound)
			.query((rs, n) -> {
				Array array = rs.getArray("countries");
				List<CountryTally> involved = java.util.Arrays.stream((String[]) array.getArray())
					.map(countries::get)
					.filter(Objects::nonNull)
					.sorted(Comparator.comparing((CountryTally country) -> country.name(locale), collator))
					.toList();
				return new Row(rs.getString("slug"), rs.getString("title"), rs.getString("lead_organisation"),
						rs.getString("funder"), rs.getObject("started_on", LocalDate.class),
						rs.getObject("ends_on", LocalDate.class), involved);
			})
			.list();
	}

	/**
	 * The page.
	 * @param query what was asked
	 * @param countryChoices the countries the country filter offers (those a published project involves), by name
	 * @param organisations the lead organisations and funders the organisation filter offers
	 * @param years the years the year filter offers (those some project runs in)
	 * @param summary the figures for the filter
	 * @param countries every country with the projects that involve it, for the filter
	 * @param rows the page's projects
	 * @param pager which of the matching projects the page shows
	 */
	record Result(CapacityBuildingOverviewQuery query, List<CountryTally> countryChoices,
			List<String> organisations, List<Integer> years, Summary summary, List<CountryTally> countries,
			List<Row> rows, Pager pager) {
	}

	/**
	 * The figures for the filter.
	 * @param projects how many projects match
	 * @param countries how many countries they involve
	 * @param withoutCountry how many name no country (regional, or open to all Parties)
	 * @param regions per region: the countries involved and the projects involving at least one of them
	 */
	public record Summary(long projects, long countries, long withoutCountry, RegionSummary regions) {
	}

	/**
	 * A project on the page.
	 * @param slug its slug (its page)
	 * @param title its title
	 * @param leadOrganisation who runs it
	 * @param funder who pays for it
	 * @param startedOn when it started
	 * @param endsOn when it ends
	 * @param countries the countries it involves, by name
	 */
	public record Row(String slug, String title, @Nullable String leadOrganisation, @Nullable String funder,
			@Nullable LocalDate startedOn, @Nullable LocalDate endsOn, List<CountryTally> countries) {
	}

}
