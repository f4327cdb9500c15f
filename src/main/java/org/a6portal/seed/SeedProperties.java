package org.a6portal.seed;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Seed loading settings.
 *
 * @param enabled whether start-up loads the seed files (default: true)
 * @param location where the seed files are (default: {@code classpath:db/seed/}, packaged from the top-level db/seed)
 * @param compiledOn the date the seed data was compiled and its sources read (shared/seed-data/SOURCES.md);
 * recorded as each seeded record's retrieved and last-reviewed date
 */
@ConfigurationProperties("portal.seed")
record SeedProperties(boolean enabled, String location, LocalDate compiledOn) {

	SeedProperties {
		location = location.endsWith("/") ? location : location + "/";
	}

}
