package org.a6portal.api;

import java.util.regex.Pattern;

import org.a6portal.sector.ActivityTypeRepository;
import org.a6portal.sector.SectorRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code sector} and {@code activityType} filters of the API's lists, checked against the taxonomy: a code no
 * sector or activity type has is a 400 problem naming the parameter, not an empty list.
 */
@Service
@Transactional(readOnly = true)
public class TaxonomyLookup {

	private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,60}");

	private final SectorRepository sectors;

	private final ActivityTypeRepository activityTypes;

	TaxonomyLookup(SectorRepository sectors, ActivityTypeRepository activityTypes) {
		this.sectors = sectors;
		this.activityTypes = activityTypes;
	}

	/** The sector code a {@code sector} filter names, or {@code null} for none. */
	public @Nullable String sector(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (!CODE.matcher(value).matches() || this.sectors.findById(value).isEmpty()) {
			throw new InvalidParameterException("sector", value, "No sector has the code '"
					+ CountryLookup.abbreviate(value) + "'.");
		}
		return value;
	}

	/** The activity-type code an {@code activityType} filter names, or {@code null} for none. */
	public @Nullable String activityType(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (!CODE.matcher(value).matches() || this.activityTypes.findById(value).isEmpty()) {
			throw new InvalidParameterException("activityType", value, "No activity type has the code '"
					+ CountryLookup.abbreviate(value) + "'.");
		}
		return value;
	}

}
