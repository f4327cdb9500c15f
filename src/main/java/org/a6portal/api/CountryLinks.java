package org.a6portal.api;

import java.util.Locale;

/**
 * Where a country can be read: its profile page, its API resource and its CSV download.
 *
 * @param page the public profile page, {@code /countries/pe}
 * @param api the API resource, {@code /api/v1/countries/pe}
 * @param csv all its records as CSV, {@code /api/v1/countries/pe.csv}
 */
public record CountryLinks(String page, String api, String csv) {

	public static CountryLinks of(String iso2) {
		String code = iso2.toLowerCase(Locale.ROOT);
		return new CountryLinks("/countries/" + code, "/api/v1/countries/" + code, "/api/v1/countries/" + code + ".csv");
	}

}
