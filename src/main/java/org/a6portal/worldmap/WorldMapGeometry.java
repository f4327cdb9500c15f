package org.a6portal.worldmap;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern PATH_TOKEN = Pattern.compile("([A-Za-z])|(-?[0-9]*\\.?[0-9]+)");

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
				shapes.put(row.get("numeric"), new Shape(path.isEmpty() ? null : relative(path),
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
	 * The outline in SVG's relative commands, each point written as its step from the one before: {@code
	 * M668.2,140.1L669.6,140.1L671.7,140.8} becomes {@code m668.2,140.1l1.4,0 2.1,.7}, the same points in about 40 %
	 * fewer bytes (the home page draws every country). The source has one decimal (tenths of a unit of the view box);
	 * the steps are worked out in whole tenths, so no rounding error adds up along an outline. Takes the {@code M},
	 * {@code L} and {@code Z} commands {@code build.mjs} writes (numbers without a command repeat the last one).
	 */
	static String relative(String path) {
		StringBuilder out = new StringBuilder(path.length() / 2);
		Matcher token = PATH_TOKEN.matcher(path);
		char command = 'M';
		char written = 0;
		long x = 0;
		long y = 0;
		long startX = 0;
		long startY = 0;
		while (token.find()) {
			if (token.group(1) != null) {
				command = Character.toUpperCase(token.group(1).charAt(0));
				if (command == 'Z') {
					out.append('z');
					written = 'z';
					x = startX;
					y = startY;
				}
				else if (command != 'M' && command != 'L') {
					throw new IllegalArgumentException("Not a command the map's outlines use: " + command);
				}
				continue;
			}
			long nextX = tenths(token.group(2));
			if (!token.find() || token.group(2) == null) {
				throw new IllegalArgumentException("A point needs two coordinates: " + path);
			}
			long nextY = tenths(token.group(2));
			char relative = (command == 'M') ? 'm' : 'l';
			int before = out.length();
			appendTenths(out, nextX - x);
			if (nextY - y >= 0) {
				out.append(',');
			}
			appendTenths(out, nextY - y);
			if (relative != written || relative == 'm') {
				out.insert(before, relative);
			}
			else if (out.charAt(before) != '-') {
				out.insert(before, ' ');
			}
			written = relative;
			if (command == 'M') {
				startX = nextX;
				startY = nextY;
				// further pairs after a moveto are linetos (SVG's rule)
				command = 'L';
			}
			x = nextX;
			y = nextY;
		}
		return out.toString();
	}

	private static long tenths(String number) {
		return Math.round(Double.parseDouble(number) * 10);
	}

	/** A number of tenths as SVG's shortest decimal: 12 → "1.2", 5 → ".5", -5 → "-.5", 20 → "2", 0 → "0". */
	private static void appendTenths(StringBuilder out, long tenths) {
		long value = tenths;
		if (value < 0) {
			out.append('-');
			value = -value;
		}
		if (value >= 10 || value == 0) {
			out.append(value / 10);
		}
		if (value % 10 != 0) {
			out.append('.').append(value % 10);
		}
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
