package org.a6portal.country;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every country with how many published Article 6.2 approaches and 6.4 activities it has: the country index and the
 * home page read it. One statement; the counting happens in PostgreSQL (the tables of cooperation and pacm are
 * read here by SQL only, so no Java dependency points from country to those features).
 */
@Service
@Transactional(readOnly = true)
public class CountryDirectory {

	private final JdbcClient jdbc;

	CountryDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> entries() {
		// Counted once per table and grouped, then joined to the countries: a correlated count per country with an
		// "OR EXISTS" for the other hosts read every activity 250 times (490 ms with the CDM pipeline; this: 4 ms).
		return this.jdbc.sql("""
				WITH hosted AS (
				       SELECT a.host_iso2 AS iso2, a.id FROM pacm_activity a WHERE a.publication_status = 'published'
				       UNION
				       SELECT h.country_iso2, h.activity_id FROM pacm_activity_other_host h
				         JOIN pacm_activity a ON a.id = h.activity_id
				        WHERE a.publication_status = 'published'),
				     pacm AS (SELECT iso2, count(*) AS n FROM hosted GROUP BY iso2),
				     approaches AS (SELECT p.country_iso2 AS iso2, count(*) AS n FROM cooperative_approach_party p
				                      JOIN cooperative_approach a ON a.id = p.approach_id
				                     WHERE a.publication_status = 'published'
				                     GROUP BY p.country_iso2)
				SELECT c.iso2, c.iso3, c.name_en, c.name_es, c.name_fr, c.slug, c.region,
				       coalesce(ap.n, 0) AS approaches, coalesce(pa.n, 0) AS pacm_activities
				FROM country c
				LEFT JOIN approaches ap ON ap.iso2 = c.iso2
				LEFT JOIN pacm pa ON pa.iso2 = c.iso2
				""")
			.query((rs, n) -> new Entry(rs.getString("iso2"), rs.getString("iso3"), rs.getString("name_en"),
					rs.getString("name_es"), rs.getString("name_fr"), rs.getString("slug"),
					regionOf(rs.getString("region")), rs.getInt("approaches"), rs.getInt("pacm_activities")))
			.list();
	}

	/** Countries matching the filter, grouped by region (in {@link Region} order, then those with none). */
	public Map<@Nullable Region, List<Entry>> byRegion(List<Entry> entries, @Nullable String filter, Locale locale) {
		String needle = (filter != null) ? fold(filter) : "";
		Collator collator = Collator.getInstance(locale);
		Map<@Nullable Region, List<Entry>> regions = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		entries.stream()
			.filter((entry) -> needle.isEmpty() || entry.matches(needle))
			.sorted(Comparator.comparing((Entry entry) -> entry.name(locale), collator))
			.forEach((entry) -> regions.computeIfAbsent(entry.region(), (region) -> new ArrayList<>()).add(entry));
		return regions;
	}

	/** The countries with the most published Article 6 records. */
	public List<Entry> mostActive(List<Entry> entries, int limit) {
		return entries.stream()
			.filter((entry) -> entry.total() > 0)
			.sorted(Comparator.comparingInt(Entry::total).reversed().thenComparing(Entry::nameEn))
			.limit(limit)
			.toList();
	}

	private static @Nullable Region regionOf(@Nullable String code) {
		return (code != null) ? org.a6portal.common.CodedEnum.fromCode(Region.class, code) : null;
	}

	/** Lower case without accents: "Perú" and "peru" match. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

	/**
	 * A line of the country index.
	 *
	 * @param iso2 alpha-2 code
	 * @param iso3 alpha-3 code
	 * @param nameEn English name
	 * @param nameEs Spanish name
	 * @param nameFr French name
	 * @param slug name slug
	 * @param region UN region, if any
	 * @param approaches published Article 6.2 approaches it takes part in
	 * @param pacmActivities published Article 6.4 activities it hosts
	 */
	public record Entry(String iso2, String iso3, String nameEn, String nameEs, String nameFr, String slug,
			@Nullable Region region, int approaches, int pacmActivities) {

		public String code() {
			return this.iso2.toLowerCase(Locale.ROOT);
		}

		public String name(Locale locale) {
			return CountryNames.pick(locale, this.nameEn, this.nameEs, this.nameFr);
		}

		public int total() {
			return this.approaches + this.pacmActivities;
		}

		boolean matches(String needle) {
			return fold(this.nameEn).contains(needle) || fold(this.nameEs).contains(needle)
					|| fold(this.nameFr).contains(needle) || this.iso2.equalsIgnoreCase(needle)
					|| this.iso3.equalsIgnoreCase(needle);
		}

	}

}
