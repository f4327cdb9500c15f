package org.a6portal.api;

import java.util.Locale;
import java.util.Map;

import org.a6portal.country.Country;

/**
 * A country a record names, with its English name and links.
 *
 * @param code the lower-case ISO 3166-1 alpha-2 code (the country's id)
 * @param name the English name
 * @param links its profile page and API resource
 */
public record CountryReference(String code, String name, CountryLinks links) {

	/** The reference to the country with the code, its name looked up in the map (the code itself if missing). */
	public static CountryReference of(String iso2, Map<String, Country> countries) {
		Country country = countries.get(iso2);
		return new CountryReference(iso2.toLowerCase(Locale.ROOT), (country != null) ? country.getNameEn() : iso2,
				CountryLinks.of(iso2));
	}

}
