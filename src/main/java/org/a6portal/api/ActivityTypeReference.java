package org.a6portal.api;

import java.util.Locale;

import org.a6portal.sector.ActivityType;
import org.jspecify.annotations.Nullable;

/**
 * An activity type of the portal's taxonomy, with its sector.
 *
 * @param code its code ({@code clean_cooking})
 * @param name its English name
 * @param sector the sector it belongs to
 */
public record ActivityTypeReference(String code, String name, SectorReference sector) {

	public static @Nullable ActivityTypeReference of(@Nullable ActivityType type) {
		return (type != null)
				? new ActivityTypeReference(type.getCode(), type.name(Locale.ENGLISH), SectorReference.of(type.getSector()))
				: null;
	}

}
