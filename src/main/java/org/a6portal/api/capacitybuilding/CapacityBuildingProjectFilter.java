package org.a6portal.api.capacitybuilding;

import org.a6portal.api.InvalidParameterException;
import org.a6portal.capacitybuilding.CapacityBuildingCriteria;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the capacity-building list, as the request sent them; {@code null} means "any". The directory page
 * {@code /capacity-building} takes the same names with the same meaning ({@link CapacityBuildingCriteria}).
 *
 * @param country the alpha-2 code of a country the project involves, as the request sent it
 * @param region a region one of the project's countries lies in
 * @param organisation the project's lead organisation or funder, exactly as the project names it
 * @param year a year the project runs in
 */
public record CapacityBuildingProjectFilter(@Nullable String country, @Nullable Region region,
		@Nullable String organisation, @Nullable Integer year) {

	/** The criteria, the country given by its checked upper-case code. */
	CapacityBuildingCriteria criteria(@Nullable String iso2) {
		if (this.year != null
				&& (this.year < CapacityBuildingCriteria.FIRST_YEAR || this.year > CapacityBuildingCriteria.LAST_YEAR)) {
			throw new InvalidParameterException("year", this.year.toString(), "year must be a year from "
					+ CapacityBuildingCriteria.FIRST_YEAR + " to " + CapacityBuildingCriteria.LAST_YEAR + ", not "
					+ this.year + ".");
		}
		if (this.organisation != null && this.organisation.length() > CapacityBuildingCriteria.MAX_ORGANISATION) {
			throw new InvalidParameterException("organisation", this.organisation.substring(0, 40) + "…",
					"organisation must name a lead organisation or funder exactly, at most "
							+ CapacityBuildingCriteria.MAX_ORGANISATION + " characters.");
		}
		String organisation = (this.organisation == null || this.organisation.isBlank()) ? null : this.organisation;
		return new CapacityBuildingCriteria(iso2, this.region, organisation, this.year);
	}

}
