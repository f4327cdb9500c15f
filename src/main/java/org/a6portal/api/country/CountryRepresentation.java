package org.a6portal.api.country;

import java.time.Instant;
import java.util.List;

import org.a6portal.api.CodeOf;
import org.a6portal.api.CountryLinks;
import org.a6portal.api.capacitybuilding.CapacityBuildingProjectRepresentation;
import org.a6portal.api.cooperation.CooperativeApproachRepresentation;
import org.a6portal.api.pacm.PacmActivityRepresentation;
import org.a6portal.country.Readiness;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * A country with every section of its profile page, published records only.
 *
 * @param id its stable id: the lower-case ISO 3166-1 alpha-2 code
 * @param code the same code
 * @param iso2 the upper-case alpha-2 code
 * @param iso3 the alpha-3 code
 * @param numericCode the ISO 3166-1 numeric code
 * @param name the English name
 * @param names the names in English, Spanish and French
 * @param slug the name slug
 * @param region the UN M49 region as the portal groups them
 * @param subregion the most specific M49 grouping
 * @param unfcccParty whether it is a Party to the UNFCCC
 * @param annexI whether it is listed in Annex I
 * @param summary a one-line summary
 * @param authorizationArrangement how far its Article 6 authorisation arrangements have come
 * @param trackingArrangement how far its Article 6 tracking arrangements have come
 * @param lastUpdated when the content shown last changed; {@code null} if the country has no published record
 * @param sections the six sections of its profile page
 * @param links its profile page, API resource and CSV download
 */
public record CountryRepresentation(String id, String code, String iso2, String iso3, @Nullable String numericCode,
		String name, CountryNamesRepresentation names, String slug, @CodeOf(Region.class) @Nullable String region,
		@Nullable String subregion, boolean unfcccParty, boolean annexI, @Nullable String summary,
		@CodeOf(Readiness.class) @Nullable String authorizationArrangement,
		@CodeOf(Readiness.class) @Nullable String trackingArrangement, @Nullable Instant lastUpdated, CountrySections sections,
		CountryLinks links) {

	/**
	 * The sections of a country's profile, in the page's order.
	 *
	 * @param cooperativeApproaches Article 6.2: the approaches it is a Party to, most advanced first
	 * @param pacmActivities Article 6.4: the PACM activities it hosts
	 * @param sectorBreakdown how those spread across sectors
	 * @param ndcVersions its NDC versions with their targets, current first
	 * @param sustainableDevelopment its statements and initial reports
	 * @param capacityBuildingProjects the capacity-building projects involving it
	 */
	public record CountrySections(List<CooperativeApproachRepresentation> cooperativeApproaches,
			List<PacmActivityRepresentation> pacmActivities, SectorBreakdownRepresentation sectorBreakdown,
			List<NdcVersionRepresentation> ndcVersions, SustainableDevelopmentRepresentation sustainableDevelopment,
			List<CapacityBuildingProjectRepresentation> capacityBuildingProjects) {
	}

}
