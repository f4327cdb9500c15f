package org.a6portal.country;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A country with how many of an overview page's records (for its filter) concern it, read in the same statement as
 * the figures so that the page names countries, draws its map and sums its regions without another query.
 *
 * @param iso2 upper-case alpha-2 code
 * @param numericCode ISO numeric code, if any (its shape on the map)
 * @param nameEn English name
 * @param nameEs Spanish name
 * @param nameFr French name
 * @param region its region, if any
 * @param records how many records concern it
 * @param extra a second figure, as the page defines it (e.g. its targets with a net-zero year)
 */
public record CountryTally(String iso2, @Nullable String numericCode, String nameEn, String nameEs, String nameFr,
		@Nullable Region region, long records, long extra) {

	public String name(Locale locale) {
		return CountryNames.pick(locale, this.nameEn, this.nameEs, this.nameFr);
	}

	/** The lower-case code of its pages' addresses. */
	public String code() {
		return this.iso2.toLowerCase(Locale.ROOT);
	}

}
