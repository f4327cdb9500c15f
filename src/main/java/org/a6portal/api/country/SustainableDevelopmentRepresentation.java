package org.a6portal.api.country;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.a6portal.api.CodeOf;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.Mechanism;
import org.a6portal.sustainabledevelopment.PartialDate;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.a6portal.sustainabledevelopment.SdStatement;
import org.a6portal.sustainabledevelopment.Topic;
import org.jspecify.annotations.Nullable;

/**
 * A country's section "Sustainable development": its statements and its Article 6.2 initial reports.
 *
 * @param statements statements on participation requirements, the SD tool, safeguards, by topic
 * @param initialReports its initial reports, newest first
 */
public record SustainableDevelopmentRepresentation(List<SdStatementRepresentation> statements,
		List<InitialReportRepresentation> initialReports) {

	static SustainableDevelopmentRepresentation of(List<SdStatement> statements, List<InitialReport> reports) {
		return new SustainableDevelopmentRepresentation(statements.stream().map(SdStatementRepresentation::of).toList(),
				reports.stream().map(InitialReportRepresentation::of).toList());
	}

	/**
	 * What a Party requires or reports on sustainable development, in the portal's words; for one of its Article 6
	 * institutions and rules also the document's title, the authority behind it, its date and a second source.
	 *
	 * @param id its stable id (slug)
	 * @param topic what it is about
	 * @param mechanism which Article 6 mechanism it concerns: {@code a6_2}, {@code a6_4} or {@code both}
	 * @param title the document's title (a regulation, a framework, a designation), if it is one
	 * @param authority the authority that issued it or holds the role, as the source names it
	 * @param published its date as far as the source gives it: {@code 2024}, {@code 2022-12} or {@code 2024-05-17}
	 * @param body the statement (Markdown)
	 * @param source where the facts come from
	 * @param otherSource a second source, if any
	 * @param lastReviewedOn when an editor last confirmed the record
	 */
	public record SdStatementRepresentation(String id, @CodeOf(Topic.class) String topic,
			@CodeOf(Mechanism.class) String mechanism, @Nullable String title, @Nullable String authority,
			@Nullable String published, String body, SourceRepresentation source, @Nullable OtherSource otherSource,
			LocalDate lastReviewedOn) {

		static SdStatementRepresentation of(SdStatement statement) {
			PartialDate published = statement.getPublished();
			String otherUrl = statement.getOtherSourceUrl();
			String otherTitle = statement.getOtherSourceTitle();
			return new SdStatementRepresentation(statement.getSlug(), statement.getTopic().code(),
					statement.getMechanism().code(), statement.getTitle(), statement.getAuthority(),
					(published != null) ? published.toString() : null, statement.getBody(),
					SourceRepresentation.of(statement),
					(otherUrl != null && otherTitle != null) ? new OtherSource(otherUrl, otherTitle) : null,
					Objects.requireNonNull(statement.getLastReviewedOn()));
		}

	}

	/**
	 * A second source of a statement.
	 *
	 * @param url the cited page or document
	 * @param title its title
	 */
	public record OtherSource(String url, String title) {
	}

	/**
	 * A Party's Article 6.2 initial report to the UNFCCC.
	 *
	 * @param id its stable id (slug)
	 * @param title its title
	 * @param submittedOn when it was submitted
	 * @param reviewStatus where it stands in the technical expert review
	 * @param source where the facts come from
	 * @param lastReviewedOn when an editor last confirmed the record
	 */
	public record InitialReportRepresentation(String id, String title, @Nullable LocalDate submittedOn,
			@CodeOf(ReviewStatus.class) String reviewStatus, SourceRepresentation source, LocalDate lastReviewedOn) {

		static InitialReportRepresentation of(InitialReport report) {
			return new InitialReportRepresentation(report.getSlug(), report.getTitle(), report.getSubmittedOn(),
					report.getReviewStatus().code(), SourceRepresentation.of(report),
					Objects.requireNonNull(report.getLastReviewedOn()));
		}

	}

}
