package org.a6portal.api.capacitybuilding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.a6portal.api.CountryReference;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.a6portal.country.Country;
import org.jspecify.annotations.Nullable;

/**
 * A capacity-building project and the countries it involves.
 *
 * @param id its stable id (slug)
 * @param title its title
 * @param leadOrganisation who runs it
 * @param funder who pays for it
 * @param summary a summary in the portal's words (Markdown)
 * @param startedOn when it started
 * @param endsOn when it ends
 * @param url its own web page ("Read more")
 * @param countries the countries it involves, by code
 * @param source where the facts come from
 * @param lastReviewedOn when an editor last confirmed the record
 * @param links its page on the portal
 */
public record CapacityBuildingProjectRepresentation(String id, String title, @Nullable String leadOrganisation,
		@Nullable String funder, @Nullable String summary, @Nullable LocalDate startedOn, @Nullable LocalDate endsOn,
		@Nullable String url, List<CountryReference> countries, SourceRepresentation source,
		LocalDate lastReviewedOn, ProjectLinks links) {

	/**
	 * @param project the project, its countries loaded
	 * @param countries at least the countries it involves, by upper-case alpha-2 code
	 */
	public static CapacityBuildingProjectRepresentation of(CapacityBuildingProject project, Map<String, Country> countries) {
		return new CapacityBuildingProjectRepresentation(project.getSlug(), project.getTitle(), project.getLeadOrganisation(),
				project.getFunder(), project.getSummary(), project.getStartedOn(), project.getEndsOn(), project.getUrl(),
				project.getCountryIso2s().stream().map((iso2) -> CountryReference.of(iso2, countries)).toList(),
				SourceRepresentation.of(project), Objects.requireNonNull(project.getLastReviewedOn()),
				new ProjectLinks("/capacity-building/" + project.getSlug()));
	}

	/**
	 * @param page the project's page on the portal
	 */
	public record ProjectLinks(String page) {
	}

}
