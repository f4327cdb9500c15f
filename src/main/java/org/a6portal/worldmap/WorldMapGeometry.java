package org.a6portal.worldmap;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The countries' shapes, read once from {@code db/seed/world_map.csv} (Natural Earth through world-atlas, projected
 * with Equal Earth onto a 1000 x 500 view box by {@code db/seed/world-map/build.mjs}), by ISO 3166 numeric code.
 */
@Component
public class WorldMapGeometry {

	/** Shapes smaller than this (in square units of the view box) also get a marker, so they can be found and clicked. */
	static final double MARKER_BELOW_AREA = 4.0;

	private final Map<String, Shape> shapes;

	WorldMapGeometry() {
		this.shapes = read(new ClassPathResource("db/seed/world_map.csv"));
	}

	@Nullable Shape of(@Nullable String numeric) {
		return (numeric != null) ? this.shapes.get(numeric) : null;
	}

	private static Map<String, Shape> read(ClassPathResource resource) {
		Map<String, Shape> shapes = new HashMap<>();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String path = row.get("path");
				shapes.put(row.get("numeric"), new Shape(path.isEmpty() ? null : path,
						Double.parseDouble(row.get("centroid_x")), Double.parseDouble(row.get("centroid_y")),
						Double.parseDouble(row.get("area"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(shapes);
	}

	/**
	 * A country's outline.
	 * @param path SVG path data, or null where Natural Earth has only a point
	 * @param x centroid, across
	 * @param y centroid, down
	 * @param area the shape's area in the view box
	 */
	public record Shape(@Nullable String path, double x, double y, double area) {

		public boolean needsMarker() {
			return this.path == null || this.area < MARKER_BELOW_AREA;
		}

	}

}
