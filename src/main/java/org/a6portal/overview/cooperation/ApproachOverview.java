package org.a6portal.overview.cooperation;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.common.CodedEnum;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.country.Region;
import org.a6portal.overview.ListParameters;
import org.a6portal.overview.Option;
import org.a6portal.overview.Pager;
import org.a6portal.overview.RegionSummary;
import org.a6portal.worldmap.WorldMap;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the cooperative-approaches page in six statements whatever the data: the countries, the years signed
 * (the year filter), the matching approaches' ids in order (their number is the count), the summary (approaches,
 * Parties and ITMOs transferred, by the Parties' regions), the page's approaches with their Parties, and the map.
 * Every statement is built from whitelisted parts; every value is a parameter.
 */
@Service
@Transactional(readOnly = true)
public class ApproachOverview {

	private final JdbcClient jdbc;

	private final CountryRepository countries;

	private final CooperativeApproachRepository approaches;

	private final WorldMap map;

	ApproachOverview(JdbcClient jdbc, CountryRepository countries, CooperativeApproachRepository approaches,
			WorldMap map) {
		this.jdbc = jdbc;
		this.countries = countries;
		this.approaches = approaches;
		this.map = map;
	}

	/**
	 * The page for a query.
	 * @throws ListParameters.InvalidListParameterException if the country code names no country
	 */
	Page find(ApproachQuery query, Locale locale) {
		Map<String, Country> byIso2 = this.countries.findAll()
			.stream()
			.collect(Collectors.toMap(Country::getIso2, Function.identity()));
		Country country = null;
		if (query.country() != null) {
			country = byIso2.get(query.country());
			if (country == null) {
				throw new ListParameters.InvalidListParameterException("country", query.country().toLowerCase(Locale.ROOT));
			}
		}
		List<Integer> years = this.jdbc.sql("""
				SELECT DISTINCT CAST(extract(year FROM signed_on) AS integer) AS y FROM cooperative_approach
				WHERE publication_status = 'published' AND signed_on IS NOT NULL ORDER BY y DESC""")
			.query(Integer.class)
			.list();
		Map<String, Object> params = new HashMap<>();
		String where = where(query, params);
		List<Long> ids = this.jdbc.sql("SELECT a.id FROM cooperative_approach a WHERE " + where + " ORDER BY "
				+ query.sort().sql(query.descending()))
			.params(params)
			.query(Long.class)
			.list();
		Pager pager = Pager.of(query.page(), ApproachQuery.PAGE_SIZE, ids.size());
		Summary summary = summary(where, params, ids.size());
		List<Long> pageIds = ids.subList((int) pager.offset(), (int) pager.last());
		// always the statement, even for no row, so a page costs the same statements whatever it shows
		List<CooperativeApproach> rows = inOrder(pageIds,
				this.approaches.findPublishedWithPartiesAndSectorsByIdIn(pageIds.isEmpty() ? List.of(-1L) : pageIds));
		return new Page(query, pager, rows, country, byIso2, summary, filters(byIso2, years, locale),
				this.map.view(query.measure(), locale));
	}

	private static List<CooperativeApproach> inOrder(List<Long> ids, List<CooperativeApproach> loaded) {
		Map<Long, CooperativeApproach> byId = loaded.stream()
			.collect(Collectors.toMap(CooperativeApproach::getId, Function.identity(), (a, b) -> a));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * One statement: per region of the matching approaches' Parties, how many approaches and Parties; then (the
	 * grouping set's total) how many Parties in all; and the ITMOs transferred under the matching approaches
	 * (published transfers, and published events of kind "transfer" whose volume is a transferred quantity).
	 */
	private Summary summary(String where, Map<String, Object> params, long approaches) {
		RegionSummary.Builder regions = RegionSummary.builder();
		long[] parties = { 0 };
		BigDecimal[] itmos = { BigDecimal.ZERO };
		this.jdbc.sql("""
				WITH m AS (SELECT a.id FROM cooperative_approach a WHERE\s""" + where + """
				),
				     p AS (SELECT DISTINCT p.approach_id, p.country_iso2, c.region
				             FROM cooperative_approach_party p JOIN m ON m.id = p.approach_id
				             JOIN country c ON c.iso2 = p.country_iso2),
				     moved AS (SELECT t.quantity_tco2e AS quantity FROM itmo_transfer t JOIN m ON m.id = t.approach_id
				                WHERE t.publication_status = 'published'
				               UNION ALL
				               SELECT e.volume_tco2e FROM itmo_event e JOIN m ON m.id = e.approach_id
				                WHERE e.publication_status = 'published' AND e.kind = 'transfer'
				                  AND e.volume_meaning = 'transfer' AND e.volume_tco2e IS NOT NULL)
				SELECT GROUPING(p.region) AS everything, p.region, count(DISTINCT p.approach_id) AS approaches,
				       count(DISTINCT p.country_iso2) AS parties,
				       (SELECT coalesce(sum(quantity), 0) FROM moved) AS itmos
				FROM p GROUP BY GROUPING SETS ((p.region), ())""")
			.params(params)
			.query((rs) -> {
				if (rs.getInt("everything") == 1) {
					parties[0] = rs.getLong("parties");
					itmos[0] = rs.getBigDecimal("itmos");
				}
				else {
					String region = rs.getString("region");
					regions.add((region != null) ? CodedEnum.fromCode(Region.class, region) : null,
							rs.getLong("approaches"), BigDecimal.valueOf(rs.getLong("parties")));
				}
			});
		return new Summary(approaches, parties[0], itmos[0], regions.build());
	}

	/** The filters as a where clause over {@code cooperative_approach a}, their values put in {@code params}. */
	private static String where(ApproachQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("a.publication_status = 'published'");
		if (query.country() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM cooperative_approach_party q WHERE q.approach_id = a.id"
					+ " AND q.country_iso2 = :country");
			params.put("country", query.country());
			if (query.role() != null) {
				where.append(" AND q.role = :role");
				params.put("role", query.role().code());
			}
			where.append(')');
		}
		if (query.status() != null) {
			where.append(" AND a.status = :status");
			params.put("status", query.status().code());
		}
		if (query.instrument() != null) {
			where.append(" AND a.instrument = :instrument");
			params.put("instrument", query.instrument().code());
		}
		if (query.year() != null) {
			where.append(" AND a.signed_on >= make_date(:year, 1, 1) AND a.signed_on < make_date(:year + 1, 1, 1)");
			params.put("year", query.year());
		}
		return where.toString();
	}

	private static Filters filters(Map<String, Country> countries, List<Integer> years, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return new Filters(
				countries.values()
					.stream()
					.map((country) -> Option.named(country.getCode(), country.name(locale), null))
					.sorted(Comparator.comparing(Option::text, Comparator.nullsLast(collator)))
					.toList(),
				Arrays.stream(PartyRole.values())
					.map((role) -> Option.keyed(role.code(), "enum.partyRole." + role.code(), null))
					.toList(),
				Arrays.stream(ApproachStatus.values())
					.map((status) -> Option.keyed(status.code(), "enum.approachStatus." + status.code(), null))
					.toList(),
				Arrays.stream(Instrument.values())
					.map((instrument) -> Option.keyed(instrument.code(), "enum.instrument." + instrument.code(), null))
					.toList(),
				years.stream().map((year) -> Option.named(year.toString(), year.toString(), null)).toList(),
				Arrays.stream(ApproachQuery.Sort.values())
					.map((sort) -> Option.keyed(sort.key(), "overview.approaches.sort." + sort.key(), null))
					.toList());
	}

	/**
	 * The page.
	 * @param query what was asked
	 * @param pager which rows
	 * @param approaches the page's approaches with their Parties, in order
	 * @param country the country filtered on, if any
	 * @param countries every country, by upper-case alpha-2 code (the Parties' names)
	 * @param summary the matching approaches at a glance
	 * @param filters the filters' choices
	 * @param map the world map (approaches per country)
	 */
	public record Page(ApproachQuery query, Pager pager, List<CooperativeApproach> approaches,
			@Nullable Country country, Map<String, Country> countries, Summary summary, Filters filters,
			WorldMap.View map) {
	}

	/**
	 * The matching approaches at a glance.
	 * @param approaches how many
	 * @param parties how many Parties take part in them
	 * @param itmos ITMOs (tCO2e) transferred under them to date
	 * @param regions per region: approaches with a Party there, and (figure) its Parties in them
	 */
	public record Summary(long approaches, long parties, BigDecimal itmos, RegionSummary regions) {
	}

	/** The filters' choices, each in the visitor's language. */
	public record Filters(List<Option> countries, List<Option> roles, List<Option> statuses, List<Option> instruments,
			List<Option> years, List<Option> sorts) {
	}

}
