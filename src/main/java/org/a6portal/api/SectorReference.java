package org.a6portal.api;

import org.a6portal.sector.Sector;

/**
 * A sector of the portal's taxonomy.
 *
 * @param code its code ({@code household_energy})
 * @param name its English name
 */
public record SectorReference(String code, String name) {

	public static SectorReference of(Sector sector) {
		return new SectorReference(sector.getCode(), sector.getNameEn());
	}

}
