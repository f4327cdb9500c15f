package org.a6portal.api.country;

import java.util.List;

import org.a6portal.api.SectorReference;
import org.a6portal.profile.SectorBreakdown;

/**
 * A country's section "Sector / activity type": how its published approaches and PACM activities spread across
 * sectors (an approach naming two sectors counts in both).
 *
 * @param rows one per sector with at least one record, in the taxonomy's order
 * @param cooperativeApproachesWithoutSector approaches whose sources name no sector
 * @param pacmActivitiesWithoutSector PACM activities without an activity type
 */
public record SectorBreakdownRepresentation(List<SectorCount> rows, int cooperativeApproachesWithoutSector,
		int pacmActivitiesWithoutSector) {

	static SectorBreakdownRepresentation of(SectorBreakdown breakdown) {
		return new SectorBreakdownRepresentation(
				breakdown.rows()
					.stream()
					.map((row) -> new SectorCount(SectorReference.of(row.sector()), row.approaches(), row.pacmActivities()))
					.toList(),
				breakdown.approachesWithoutSector(), breakdown.pacmWithoutSector());
	}

	/**
	 * @param sector the sector
	 * @param cooperativeApproaches approaches naming it
	 * @param pacmActivities PACM activities in it
	 */
	public record SectorCount(SectorReference sector, int cooperativeApproaches, int pacmActivities) {
	}

}
