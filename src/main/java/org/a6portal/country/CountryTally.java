package org.a6portal.country;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/**
	 * The countries' figures summed per region, in the regions' order, regions with no record left out; where each
	 * record concerns exactly one country, so that the sums count each record once.
	 */
	public static List<RegionTally> byRegion(Collection<CountryTally> countries) {
		Map<Region, long[]> sums = new EnumMap<>(Region.class);
		long[] none = new long[3];
		for (CountryTally country : countries) {
			if (country.records() == 0) {
				continue;
			}
			long[] sum = (country.region() != null) ? sums.computeIfAbsent(country.region(), (region) -> new long[3]) : none;
			sum[0]++;
			sum[1] += country.records();
			sum[2] += (country.extra() > 0) ? 1 : 0;
		}
		List<RegionTally> regions = new ArrayList<>();
		sums.forEach((region, sum) -> regions.add(new RegionTally(region, sum[0], sum[1], sum[2])));
		if (none[0] > 0) {
			regions.add(new RegionTally(null, none[0], none[1], none[2]));
		}
		return List.copyOf(regions);
	}

	/**
	 * An overview's figures in one region.
	 *
	 * @param region the region, {@code null} for countries in none (the European Union)
	 * @param countries how many of its countries have a record
	 * @param records how many records concern its countries
	 * @param countriesWithExtra how many of its countries have the page's second figure
	 */
	public record RegionTally(@Nullable Region region, long countries, long records, long countriesWithExtra) {
	}

}
