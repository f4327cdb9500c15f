package org.a6portal.timeline;

import java.sql.Date;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.a6portal.common.CodedEnum;
import org.a6portal.country.CountryNames;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timelines' figures in two statements whatever the data: the countries the filter offers (those with a published
 * approach or CDM transition, and the one asked for), and every count of the scope at once. Approaches count by the
 * year of their first signature (memorandum or agreement); CDM transitions by the quarter of the host Party's approval
 * and, where a request date is recorded (an activity still at stage "transition requested" with its stage date), by
 * the quarter of the request. A programme with several host Parties counts once, in each of its hosts' timelines.
 * The per-quarter grouping reads the partial index of V27 (index-only).
 */
@Service
@Transactional(readOnly = true)
public class Timelines {

	static final String APPROACHES = "approaches";

	static final String REQUESTED = "requested";

	static final String APPROVED = "approved";

	private static final String TRANSITION = "a.origin = 'cdm_transition' AND a.publication_status = 'published'";

	private final JdbcClient jdbc;

	Timelines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The timelines of a scope; an unknown country is a bad request. */
	View view(TimelineScope scope, Locale locale) {
		List<CountryOption> countries = countries(scope, locale);
		CountryOption country = null;
		if (scope.iso2() != null) {
			country = countries.stream()
				.filter((option) -> option.iso2().equals(scope.iso2()))
				.findFirst()
				.orElseThrow(() -> new InvalidTimelineFilterException("error.400.timelines.noSuchCountry",
						scope.iso2().toLowerCase(Locale.ROOT)));
		}
		Map<Period, Long> approaches = new TreeMap<>();
		long approachesUndated = 0;
		Map<Period, Long> requested = new TreeMap<>();
		Map<Period, Long> approved = new TreeMap<>();
		long transitions = 0;
		long requestedUndated = 0;
		for (Count count : counts(scope)) {
			if (count.series().equals(APPROACHES)) {
				if (count.first() == null) {
					approachesUndated += count.n();
				}
				else {
					approaches.merge(Period.yearOf(count.first().toLocalDate()), count.n(), Long::sum);
				}
				continue;
			}
			transitions += count.n();
			if (count.first() == null) {
				requestedUndated += count.n();
			}
			else {
				requested.merge(Period.quarterOf(count.first().toLocalDate()), count.n(), Long::sum);
			}
			if (count.second() != null) {
				approved.merge(Period.quarterOf(count.second().toLocalDate()), count.n(), Long::sum);
			}
		}
		return new View(scope, country, byRegion(countries),
				Series.of(List.of(APPROACHES), Map.of(APPROACHES, approaches), approachesUndated),
				Series.of(List.of(REQUESTED, APPROVED), Map.of(REQUESTED, requested, APPROVED, approved),
						requestedUndated),
				transitions);
	}

	private List<Count> counts(TimelineScope scope) {
		String hosts;
		String others;
		String parties;
		if (scope.iso2() != null) {
			hosts = "AND a.host_iso2 = :scope";
			others = "AND a.host_iso2 <> :scope AND a.id IN (SELECT h.activity_id FROM pacm_activity_other_host h"
					+ " WHERE h.country_iso2 = :scope)";
			parties = "AND EXISTS (SELECT 1 FROM cooperative_approach_party p WHERE p.approach_id = a.id"
					+ " AND p.country_iso2 = :scope)";
		}
		else if (scope.region() != null) {
			// the region's countries as an array computed once (an InitPlan), so that V27's index is read only for
			// them (host_iso2 = ANY, an index condition); a join or IN with country left the plan to estimates, and
			// without statistics PostgreSQL scanned every country again for each transition (111 ms at full data)
			String region = "ARRAY(SELECT c.iso2 FROM country c WHERE c.region = :scope)";
			hosts = "AND a.host_iso2 = ANY (" + region + ")";
			others = "AND a.id = ANY (ARRAY(SELECT h.activity_id FROM pacm_activity_other_host h"
					+ " JOIN country c ON c.iso2 = h.country_iso2 WHERE c.region = :scope))"
					+ " AND NOT (a.host_iso2 = ANY (" + region + "))";
			parties = "AND EXISTS (SELECT 1 FROM cooperative_approach_party p JOIN country c ON c.iso2 = p.country_iso2"
					+ " WHERE p.approach_id = a.id AND c.region = :scope)";
		}
		else {
			hosts = "";
			others = null;
			parties = "";
		}
		// every transition of the scope once: its main host's row, plus (for a country or region) the programmes it
		// co-hosts whose main host is elsewhere; one pass groups them by both quarters at once
		String transitions = "SELECT a.stage, a.stage_on, a.host_approved_on FROM pacm_activity a WHERE " + TRANSITION
				+ " " + hosts + ((others != null) ? " UNION ALL SELECT a.stage, a.stage_on, a.host_approved_on"
						+ " FROM pacm_activity a WHERE " + TRANSITION + " " + others : "");
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				WITH transitions AS (%s)
				SELECT 'transitions' AS series,
				       date_trunc('quarter', CASE WHEN t.stage = 'transition_requested' THEN t.stage_on END)::date AS first,
				       date_trunc('quarter', t.host_approved_on)::date AS second, count(*) AS n
				FROM transitions t
				GROUP BY 2, 3
				UNION ALL
				SELECT 'approaches', date_trunc('year', least(a.mou_signed_on, a.signed_on))::date, NULL, count(*)
				FROM cooperative_approach a
				WHERE a.publication_status = 'published' %s
				GROUP BY 2
				""".formatted(transitions, parties));
		if (scope.iso2() != null) {
			statement = statement.param("scope", scope.iso2());
		}
		else if (scope.region() != null) {
			statement = statement.param("scope", scope.region().code());
		}
		return statement
			.query((rs, n) -> new Count(rs.getString("series"), rs.getDate("first"), rs.getDate("second"), rs.getLong("n")))
			.list();
	}

	/** The countries with a published approach or transition, and the one asked for, by name. */
	private List<CountryOption> countries(TimelineScope scope, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return this.jdbc.sql("""
				SELECT c.iso2, c.name_en, c.name_es, c.name_fr, c.region
				FROM country c
				WHERE c.iso2 = :selected
				   OR EXISTS (SELECT 1 FROM pacm_activity a WHERE a.host_iso2 = c.iso2 AND %1$s)
				   OR EXISTS (SELECT 1 FROM pacm_activity_other_host h JOIN pacm_activity a ON a.id = h.activity_id
				               WHERE h.country_iso2 = c.iso2 AND %1$s)
				   OR EXISTS (SELECT 1 FROM cooperative_approach_party p JOIN cooperative_approach a ON a.id = p.approach_id
				               WHERE p.country_iso2 = c.iso2 AND a.publication_status = 'published')
				""".formatted(TRANSITION))
			.param("selected", (scope.iso2() != null) ? scope.iso2() : "")
			.query((rs, n) -> new CountryOption(rs.getString("iso2"),
					CountryNames.pick(locale, rs.getString("name_en"), rs.getString("name_es"), rs.getString("name_fr")),
					(rs.getString("region") != null) ? CodedEnum.fromCode(Region.class, rs.getString("region")) : null))
			.list()
			.stream()
			.sorted(Comparator.comparing(CountryOption::name, collator))
			.toList();
	}

	private static Map<@Nullable Region, List<CountryOption>> byRegion(List<CountryOption> countries) {
		Map<@Nullable Region, List<CountryOption>> regions = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		for (CountryOption country : countries) {
			regions.computeIfAbsent(country.region(), (region) -> new ArrayList<>()).add(country);
		}
		return regions;
	}

	private record Count(String series, @Nullable Date first, @Nullable Date second, long n) {
	}

	/**
	 * A country the filter offers.
	 * @param iso2 upper-case alpha-2 code
	 * @param name in the visitor's language
	 * @param region its region, if any
	 */
	public record CountryOption(String iso2, String name, @Nullable Region region) {

		public String code() {
			return this.iso2.toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One chart and its table: counts per period for each series, from the first period with a figure to the last.
	 * @param names the series, in drawing order
	 * @param rows each period with its figure per series, in order (periods without any figure in between included)
	 * @param chart the drawing, or null when no figure has a date
	 * @param undated the records that have no date to place them by
	 */
	public record Series(List<String> names, List<Row> rows, @Nullable BarChart chart, long undated) {

		static Series of(List<String> names, Map<String, Map<Period, Long>> values, long undated) {
			Period first = null;
			Period last = null;
			for (Map<Period, Long> counts : values.values()) {
				for (Period period : counts.keySet()) {
					first = (first == null || period.compareTo(first) < 0) ? period : first;
					last = (last == null || period.compareTo(last) > 0) ? period : last;
				}
			}
			if (first == null || last == null) {
				return new Series(names, List.of(), null, undated);
			}
			List<Row> rows = new ArrayList<>();
			for (Period period = first; period.compareTo(last) <= 0; period = period.next()) {
				Map<String, Long> figures = new LinkedHashMap<>();
				for (String name : names) {
					figures.put(name, values.getOrDefault(name, Map.of()).getOrDefault(period, 0L));
				}
				rows.add(new Row(period, figures));
			}
			return new Series(names, rows, BarChart.of(first, last, names, values), undated);
		}

		public boolean empty() {
			return this.chart == null;
		}

		/** The sum of one series over every period. */
		public long total(String name) {
			return this.rows.stream().mapToLong((row) -> row.figures().getOrDefault(name, 0L)).sum();
		}

	}

	/**
	 * A line of a chart's table.
	 * @param period the year or quarter
	 * @param figures per series
	 */
	public record Row(Period period, Map<String, Long> figures) {

		public long of(String series) {
			return this.figures.getOrDefault(series, 0L);
		}

	}

	/**
	 * The page's read model.
	 * @param scope whose timelines
	 * @param country the country, when the scope is one
	 * @param countries the filter's countries by region
	 * @param approaches approaches signed per year
	 * @param transitions transitions requested and host-approved per quarter
	 * @param transitionsTotal every published CDM transition of the scope
	 */
	public record View(TimelineScope scope, @Nullable CountryOption country,
			Map<@Nullable Region, List<CountryOption>> countries, Series approaches, Series transitions,
			long transitionsTotal) {

		public List<Region> regions() {
			return List.of(Region.values());
		}

	}

}
