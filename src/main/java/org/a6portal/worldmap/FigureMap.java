package org.a6portal.worldmap;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A world map of one figure per country, as {@code fragments/figure-map :: figureMap(map)} draws it.
 *
 * @param figure what it counts, the last part of its message keys ({@code figuremap.<figure>.*})
 * @param countries every country, by name
 */
public record FigureMap(String figure, List<Country> countries) {

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

	/** The legend's classes: {floor, ceiling or -1 for "and more", class}. */
	public List<int[]> legend() {
		int[] floors = WorldMap.CLASS_FLOORS;
		return java.util.stream.IntStream.range(0, floors.length)
			.mapToObj((i) -> new int[] { floors[i], (i + 1 < floors.length) ? floors[i + 1] - 1 : -1, i + 1 })
			.toList();
	}

	/**
	 * A country on the map.
	 * @param code alpha-2 code, lower case (its page's address)
	 * @param name in the visitor's language
	 * @param value the figure
	 * @param level its colour class, 0 (none) to 4
	 * @param shape its outline, if Natural Earth has one
	 */
	public record Country(String code, String name, long value, int level, WorldMapGeometry.@Nullable Shape shape) {
	}

}
