package org.a6portal.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.a6portal.seed.SeedRows.Row;

/**
 * The one reviewed mapping from the CDM pipeline's activity types (Wind, Hydro, EE households…) to the portal's
 * activity types ({@code db/seed/activity_type_mapping.csv}). Wording is matched without regard to case ("EE
 * Households" is "EE households"); a type the file does not map stops the load, so none is silently left unsectored.
 */
final class ActivityTypeMapping {

	private final Map<String, String> codes = new HashMap<>();

	ActivityTypeMapping(List<Row> rows) {
		for (Row row : rows) {
			String previous = this.codes.put(key(row.required("activity_type_in_source")),
					row.required("activity_type_code"));
			if (previous != null) {
				throw new IllegalStateException(
						"activity_type_mapping.csv maps '" + row.required("activity_type_in_source") + "' twice");
			}
		}
	}

	/** The portal's activity type for the source's wording. */
	String codeOf(String wording) {
		String code = this.codes.get(key(wording));
		if (code == null) {
			throw new UnmappedActivityTypeException(wording);
		}
		return code;
	}

	boolean maps(String wording) {
		return this.codes.containsKey(key(wording));
	}

	private static String key(String wording) {
		return wording.strip().toLowerCase(Locale.ROOT);
	}

	/** A seed file names an activity type that activity_type_mapping.csv does not map. */
	static final class UnmappedActivityTypeException extends IllegalStateException {

		UnmappedActivityTypeException(String wording) {
			super("The activity type '" + wording + "' of pacm_transitions.csv is not in db/seed/activity_type_mapping.csv: "
					+ "map it to one of the portal's activity types there");
		}

	}

}
