package org.a6portal.worldmap;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.a6portal.country.CountryNames;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The world map's figures: every country with the published cooperative approaches it takes part in and the
 * published CDM transitions it hosts (as host or one of a programme's hosts), in one statement, joined to its shape
 * by ISO numeric code. Countries without a shape still appear in the table.
 */
@Service
@Transactional(readOnly = true)
public class WorldMap {

	/** The lower bounds of the map's classes after "none": 1-2, 3-9, 10-49, 50 and more. */
	static final int[] CLASS_FLOORS = { 1, 3, 10, 50 };

	private final JdbcClient jdbc;

	private final WorldMapGeometry geometry;

	WorldMap(JdbcClient jdbc, WorldMapGeometry geometry) {
		this.jdbc = jdbc;
		this.geometry = geometry;
	}

	/** The map for a measure, countries sorted by name in the visitor's language. */
	public View view(Measure measure, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		List<Country> countries = this.jdbc.sql("""
				SELECT c.iso2, c.numeric_code, c.name_en, c.name_es, c.name_fr,
				       coalesce(n.approaches, 0) AS approaches, coalesce(n.pacm_transitions, 0) AS transitions
				FROM country c
				LEFT JOIN country_count n ON n.iso2 = c.iso2
				""")
			.query((rs, n) -> {
				int approaches = rs.getInt("approaches");
				int transitions = rs.getInt("transitions");
				int value = measure.of(approaches, transitions);
				return new Country(rs.getString("iso2").toLowerCase(Locale.ROOT),
						CountryNames.pick(locale, rs.getString("name_en"), rs.getString("name_es"), rs.getString("name_fr")),
						approaches, transitions, value, classOf(value), this.geometry.of(rs.getString("numeric_code")));
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
		return new View(measure, countries);
	}

	/** 0 for none, then 1 to 4 by {@link #CLASS_FLOORS}. */
	static int classOf(int value) {
		int level = 0;
		for (int floor : CLASS_FLOORS) {
			if (value >= floor) {
				level++;
			}
		}
		return level;
	}

	/**
	 * The map as drawn.
	 * @param measure what it counts
	 * @param countries every country, by name
	 */
	public record View(Measure measure, List<Country> countries) {

		public List<Measure> measures() {
			return List.of(Measure.values());
		}

		/** Countries drawn as a shape. */
		public List<Country> shapes() {
			return this.countries.stream().filter((country) -> country.shape() != null && country.shape().path() != null).toList();
		}

		/** Countries too small to click or without a shape: drawn as a marker, on top of the shapes. */
		public List<Country> markers() {
			return this.countries.stream().filter((country) -> country.shape() != null && country.shape().needsMarker()).toList();
		}

		/** Countries with a figure above zero, for the table. */
		public List<Country> engaged() {
			return this.countries.stream().filter((country) -> country.value() > 0).toList();
		}

		/** The legend's classes: {floor, ceiling or -1 for "and more"}. */
		public List<int[]> legend() {
			int[] floors = CLASS_FLOORS;
			return java.util.stream.IntStream.range(0, floors.length)
				.mapToObj((i) -> new int[] { floors[i], (i + 1 < floors.length) ? floors[i + 1] - 1 : -1, i + 1 })
				.toList();
		}

	}

	/**
	 * A country on the map.
	 * @param code alpha-2 code, lower case (its page's address)
	 * @param name in the visitor's language
	 * @param approaches published approaches it takes part in
	 * @param transitions published CDM transitions it hosts
	 * @param value the figure the measure shows
	 * @param level its colour class, 0 (none) to 4
	 * @param shape its outline, if Natural Earth has one
	 */
	public record Country(String code, String name, int approaches, int transitions, int value, int level,
			WorldMapGeometry.@Nullable Shape shape) {
	}

}
