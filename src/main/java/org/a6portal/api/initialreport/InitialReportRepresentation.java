package org.a6portal.api.initialreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.a6portal.api.CodeOf;
import org.a6portal.api.CountryReference;
import org.a6portal.api.RecordLinks;
import org.a6portal.api.RecordReference;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.country.Country;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * A Party's Article 6.2 initial report to the UNFCCC: the same in the list and on its own.
 *
 * @param id its stable id (slug)
 * @param title its title
 * @param country the Party that submitted it, with its page and API resource
 * @param submittedOn when it was submitted, where the source gives the day
 * @param reviewStatus where it stands in the technical expert review
 * @param notes what the source leaves open (an undated submission, an unknown review status)
 * @param cooperativeApproaches the published cooperative approaches it describes
 * @param source where the facts come from
 * @param lastReviewedOn when an editor last confirmed the record
 * @param links its own page, API resource, CSV, feed of public changes and embed
 */
public record InitialReportRepresentation(String id, String title, CountryReference country,
		@Nullable LocalDate submittedOn, @CodeOf(ReviewStatus.class) String reviewStatus, @Nullable String notes,
		List<RecordReference> cooperativeApproaches, SourceRepresentation source, LocalDate lastReviewedOn,
		RecordLinks links) {

	static InitialReportRepresentation of(InitialReport report, Map<String, Country> countries,
			List<RecordReference> approaches) {
		return new InitialReportRepresentation(report.getSlug(), report.getTitle(),
				CountryReference.of(report.getCountryIso2(), countries), report.getSubmittedOn(),
				report.getReviewStatus().code(), report.getNotes(), approaches, SourceRepresentation.of(report),
				Objects.requireNonNull(report.getLastReviewedOn()), RecordLinks.initialReport(report.getSlug()));
	}

}
