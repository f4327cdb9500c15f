package org.a6portal.api.initialreport;

import java.util.List;

import org.a6portal.api.CsvColumn;
import org.a6portal.api.RecordReference;

/**
 * The columns of the initial-report CSV downloads, the list's and one report's alike.
 */
public final class InitialReportCsv {

	public static final List<CsvColumn<InitialReportRepresentation>> COLUMNS = List.of(
			CsvColumn.of("id", InitialReportRepresentation::id),
			CsvColumn.of("title", InitialReportRepresentation::title),
			CsvColumn.of("country", (report) -> report.country().code()),
			CsvColumn.of("submitted_on", InitialReportRepresentation::submittedOn),
			CsvColumn.of("review_status", InitialReportRepresentation::reviewStatus),
			CsvColumn.of("notes", InitialReportRepresentation::notes),
			CsvColumn.of("cooperative_approach_ids",
					(report) -> report.cooperativeApproaches().stream().map(RecordReference::id).toList()),
			CsvColumn.of("source_url", (report) -> report.source().url()),
			CsvColumn.of("source_title", (report) -> report.source().title()),
			CsvColumn.of("source_retrieved_on", (report) -> report.source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", InitialReportRepresentation::lastReviewedOn));

	private InitialReportCsv() {
	}

}
