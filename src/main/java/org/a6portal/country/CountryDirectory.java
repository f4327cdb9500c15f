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
 * home page read it. One statement over {@code country_count}, which triggers on the counted tables keep (V21), so
 * no Java dependency points from country to the features counted and no render counts their records.
 */
@Service
@Transactional(readOnly = true)
public class CountryDirectory {

	private final JdbcClient jdbc;

	CountryDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> entries() {
		// The counts are kept per country by triggers on the tables they count (V21, country_count): 250 rows
		// whatever the number of records (counting every activity per render took 2 s at 100 times the data).
		return this.jdbc.sql("""
				SELECT c.iso2, c.iso3, c.name_en, c.name_es, c.name_fr, c.slug, c.region,
				       coalesce(n.approaches, 0) AS approaches, coalesce(n.pacm_activities, 0) AS pacm_activities
				FROM country c
				LEFT JOIN country_count n ON n.iso2 = c.iso2
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
