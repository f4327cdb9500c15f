package org.a6portal.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.a6portal.sector.ActivityType;
import org.a6portal.sector.Sector;

/**
 * How a country's Article 6.2 approaches and 6.4 activities spread across sectors: the data behind the chart, with
 * the bar lengths computed here so the template only prints numbers. The page draws each sector as a line of text
 * above or beside a bar track (HTML and CSS); only the bars are SVG, stretched to the track, so no label ever
 * shrinks with the chart.
 *
 * @param rows one row per sector with at least one record, in the taxonomy's order
 * @param approachesWithoutSector approaches whose sources name no sector
 * @param pacmWithoutSector PACM activities with no activity type
 * @param activityTypes one row per activity type with at least one record, the most records first
 */
public record SectorBreakdown(List<Row> rows, int approachesWithoutSector, int pacmWithoutSector,
		List<TypeRow> activityTypes) {

	public SectorBreakdown {
		rows = List.copyOf(rows);
		activityTypes = List.copyOf(activityTypes);
	}

	/** Whether the only records are approaches whose sources name no sector (Japan's 29): the chart has nothing to show. */
	public boolean noSectorNamed() {
		return this.rows.isEmpty() && this.approachesWithoutSector > 0;
	}

	/** Length of a full bar track, in SVG user units: the longest row's bars fill it. */
	public static final int BAR_AREA = 400;

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	public int maximum() {
		return this.rows.stream().mapToInt(Row::total).max().orElse(0);
	}

	/** The track length, for the template's {@code viewBox}. */
	public int barArea() {
		return BAR_AREA;
	}

	static SectorBreakdown of(Collection<Sector> approachSectors, Map<Sector, Integer> pacmSectors,
			int approachesWithoutSector, int pacmWithoutSector) {
		return of(approachSectors, pacmSectors, approachesWithoutSector, pacmWithoutSector, Map.of(), Map.of());
	}

	/**
	 * The breakdown by sector and by activity type.
	 * @param approachTypes each activity type named by the approaches' mitigation activities, with the number of
	 * approaches naming it (an approach counts once per type)
	 * @param pacmTypes each activity type of the PACM activities, with their number
	 */
	static SectorBreakdown of(Collection<Sector> approachSectors, Map<Sector, Integer> pacmSectors,
			int approachesWithoutSector, int pacmWithoutSector, Map<ActivityType, Integer> approachTypes,
			Map<ActivityType, Integer> pacmTypes) {
		Map<ActivityType, int[]> typeCounts = new LinkedHashMap<>();
		pacmTypes.forEach((type, count) -> typeCounts.computeIfAbsent(type, (key) -> new int[2])[0] += count);
		approachTypes.forEach((type, count) -> typeCounts.computeIfAbsent(type, (key) -> new int[2])[1] += count);
		List<TypeRow> types = typeCounts.entrySet()
			.stream()
			.map((entry) -> new TypeRow(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.sorted(Comparator.comparingInt(TypeRow::total)
				.reversed()
				.thenComparingInt((TypeRow row) -> row.type().getSector().getSortOrder())
				.thenComparingInt((TypeRow row) -> row.type().getSortOrder()))
			.toList();
		Map<Sector, int[]> counts = new LinkedHashMap<>();
		approachSectors.forEach((sector) -> counts.computeIfAbsent(sector, (key) -> new int[2])[0]++);
		pacmSectors.forEach((sector, count) -> counts.computeIfAbsent(sector, (key) -> new int[2])[1] += count);
		int maximum = counts.values().stream().mapToInt((pair) -> pair[0] + pair[1]).max().orElse(1);
		List<Row> rows = new ArrayList<>();
		counts.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<Sector, int[]> entry) -> entry.getKey().getSortOrder()))
			.forEach((entry) -> {
				int approaches = entry.getValue()[0];
				int pacm = entry.getValue()[1];
				rows.add(new Row(entry.getKey(), approaches, pacm, approaches * BAR_AREA / maximum,
						pacm * BAR_AREA / maximum));
			});
		return new SectorBreakdown(rows, approachesWithoutSector, pacmWithoutSector, types);
	}

	/**
	 * @param sector the sector
	 * @param approaches Article 6.2 approaches naming it
	 * @param pacmActivities Article 6.4 activities in it
	 * @param approachesWidth bar length for the approaches
	 * @param pacmWidth bar length for the PACM activities, drawn after the approaches' bar
	 */
	public record Row(Sector sector, int approaches, int pacmActivities, int approachesWidth, int pacmWidth) {

		public int total() {
			return this.approaches + this.pacmActivities;
		}

	}

	/**
	 * @param type the activity type
	 * @param pacmActivities Article 6.4 activities of this type
	 * @param approaches Article 6.2 approaches with a mitigation activity of this type
	 */
	public record TypeRow(ActivityType type, int pacmActivities, int approaches) {

		public int total() {
			return this.pacmActivities + this.approaches;
		}

	}

}
