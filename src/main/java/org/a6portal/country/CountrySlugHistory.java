package org.a6portal.country;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The slugs countries had before they were renamed, so that old links keep redirecting to the country.
 */
@Repository
public class CountrySlugHistory {

	private final JdbcClient jdbc;

	CountrySlugHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The country that once had this slug. */
	public Optional<String> countryOf(String slug) {
		return this.jdbc.sql("SELECT country_iso2 FROM country_slug_history WHERE slug = ?").param(slug).query(String.class)
			.optional();
	}

	/** Records a rename: the old slug keeps pointing at the country; the new one is no longer "old". */
	public void renamed(String iso2, String oldSlug, String newSlug) {
		this.jdbc.sql("DELETE FROM country_slug_history WHERE slug = ?").param(newSlug).update();
		this.jdbc.sql("""
				INSERT INTO country_slug_history (slug, country_iso2) VALUES (?, ?)
				ON CONFLICT (slug) DO UPDATE SET country_iso2 = excluded.country_iso2, replaced_at = now()
				""").params(oldSlug, iso2).update();
	}

}
