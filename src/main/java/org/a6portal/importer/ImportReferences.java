package org.a6portal.importer;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference data every import row is checked against before the preview (country codes, activity types), read
 * once per file: a cell the database would refuse is a row error, never a failed apply.
 */
@Component
class ImportReferences {

	private final JdbcClient jdbc;

	ImportReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The reference data as it is now. */
	Loaded load() {
		return new Loaded(Set.copyOf(this.jdbc.sql("SELECT iso2 FROM country").query(String.class).list()),
				Set.copyOf(this.jdbc.sql("SELECT code FROM activity_type").query(String.class).list()));
	}

	/**
	 * @param countries the ISO codes of the countries the portal knows
	 * @param activityTypes the codes of its activity types
	 */
	record Loaded(Set<String> countries, Set<String> activityTypes) {

		boolean isCountry(String code) {
			return this.countries.contains(code);
		}

		boolean isActivityType(String code) {
			return this.activityTypes.contains(code);
		}

	}

}
