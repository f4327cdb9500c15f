package org.a6portal.worldmap;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's outlines in relative commands: the same points as the source's, in far fewer bytes.
 */
class WorldMapGeometryTests {

	private static final Pattern TOKEN = Pattern.compile("([A-Za-z])|(-?[0-9]*\\.?[0-9]+)");

	@Test
	void stepsBetweenPointsAreWrittenShortest() {
		assertThat(WorldMapGeometry.relative("M668.2,140.1L669.6,140.1L671.7,140.8L671.2,139.9Z"))
			.isEqualTo("m668.2,140.1l1.4,0 2.1,.7-.5-.9z");
		// a second ring starts from where the first one closed
		assertThat(WorldMapGeometry.relative("M10,10L20,10L20,20ZM30,30L31.5,29Z")).isEqualTo("m10,10l10,0 0,10zm20,20l1.5-1z");
		assertThat(WorldMapGeometry.relative("M0.5,-0.5L0,0")).isEqualTo("m.5-.5l-.5,.5");
	}

	@Test
	void everyOutlineKeepsEveryPointOfTheSourceInAboutSixtyPercentOfTheBytes() throws IOException {
		long before = 0;
		long after = 0;
		int shapes = 0;
		try (Reader reader = new InputStreamReader(new ClassPathResource("db/seed/world_map.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String path = row.get("path");
				if (path.isEmpty()) {
					continue;
				}
				String relative = WorldMapGeometry.relative(path);
				assertThat(absolutePoints(relative)).as(row.get("name")).isEqualTo(absolutePoints(path));
				before += path.length();
				after += relative.length();
				shapes++;
			}
		}
		assertThat(shapes).isGreaterThan(170);
		assertThat(after).isLessThan(before * 65 / 100);
	}

	/** Every point of a path of M, L, Z commands (absolute or relative), in tenths, with a marker for each close. */
	private static List<String> absolutePoints(String path) {
		List<String> points = new ArrayList<>();
		Matcher token = TOKEN.matcher(path);
		char command = 'M';
		long x = 0;
		long y = 0;
		long startX = 0;
		long startY = 0;
		while (token.find()) {
			if (token.group(1) != null) {
				command = token.group(1).charAt(0);
				if (command == 'z' || command == 'Z') {
					points.add("close");
					x = startX;
					y = startY;
				}
				continue;
			}
			long first = Math.round(Double.parseDouble(token.group(2)) * 10);
			token.find();
			long second = Math.round(Double.parseDouble(token.group(2)) * 10);
			boolean relative = Character.isLowerCase(command);
			x = relative ? x + first : first;
			y = relative ? y + second : second;
			if (command == 'M' || command == 'm') {
				startX = x;
				startY = y;
				command = relative ? 'l' : 'L';
			}
			points.add(x + "," + y);
		}
		return points;
	}

}
