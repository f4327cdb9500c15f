package org.a6portal.api.country;

import org.a6portal.api.CodeOf;
import org.a6portal.api.Codes;
import org.a6portal.api.CountryLinks;
import org.a6portal.country.Country;
import org.a6portal.country.CountryDirectory;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * A country in the country list.
 *
 * @param id its stable id: the lower-case ISO 3166-1 alpha-2 code
 * @param code the same code, for symmetry with the references in other records
 * @param iso2 the upper-case alpha-2 code
 * @param iso3 the alpha-3 code
 * @param numericCode the ISO 3166-1 numeric code
 * @param name the English name
 * @param names the names in English, Spanish and French
 * @param slug the name slug (also accepted in URLs, redirected to the code)
 * @param region the UN M49 region as the portal groups them
 * @param subregion the most specific M49 grouping
 * @param unfcccParty whether it is a Party to the UNFCCC
 * @param annexI whether it is listed in Annex I
 * @param counts how many published Article 6 records it has
 * @param links its profile page, API resource and CSV download
 */
public record CountrySummaryRepresentation(String id, String code, String iso2, String iso3, @Nullable String numericCode,
		String name, CountryNamesRepresentation names, String slug, @CodeOf(Region.class) @Nullable String region,
		@Nullable String subregion, boolean unfcccParty, boolean annexI, CountryCounts counts, CountryLinks links) {

	static CountrySummaryRepresentation of(Country country, CountryDirectory.@Nullable Entry entry) {
		return new CountrySummaryRepresentation(country.getCode(), country.getCode(), country.getIso2(), country.getIso3(),
				country.getNumericCode(), country.getNameEn(),
				new CountryNamesRepresentation(country.getNameEn(), country.getNameEs(), country.getNameFr()),
				country.getSlug(), Codes.of(country.getRegion()), country.getSubregion(), country.isUnfcccParty(),
				country.isAnnexI(), (entry != null) ? new CountryCounts(entry.approaches(), entry.pacmActivities())
						: new CountryCounts(0, 0),
				CountryLinks.of(country.getIso2()));
	}

}
