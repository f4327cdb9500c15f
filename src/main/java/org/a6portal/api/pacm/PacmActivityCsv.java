package org.a6portal.api.pacm;

import java.util.List;

import org.a6portal.api.CsvColumn;

/**
 * The columns of the PACM-activity CSV downloads.
 */
public final class PacmActivityCsv {

	public static final List<CsvColumn<PacmActivityRepresentation>> COLUMNS = List.of(
			CsvColumn.of("id", PacmActivityRepresentation::id),
			CsvColumn.of("title", PacmActivityRepresentation::title),
			CsvColumn.of("host_country", (activity) -> activity.host().code()),
			CsvColumn.of("origin", PacmActivityRepresentation::origin),
			CsvColumn.of("form", PacmActivityRepresentation::form),
			CsvColumn.of("stage", PacmActivityRepresentation::stage),
			CsvColumn.of("stage_on", PacmActivityRepresentation::stageOn),
			CsvColumn.of("activity_type", (activity) -> (activity.activityType() != null) ? activity.activityType().code() : null),
			CsvColumn.of("sector", (activity) -> (activity.activityType() != null) ? activity.activityType().sector().code() : null),
			CsvColumn.of("methodology", PacmActivityRepresentation::methodology),
			CsvColumn.of("scale", PacmActivityRepresentation::scale),
			CsvColumn.of("expected_reductions_tco2e_per_year", PacmActivityRepresentation::expectedReductionsTco2ePerYear),
			CsvColumn.of("crediting_start", PacmActivityRepresentation::creditingStart),
			CsvColumn.of("crediting_end", PacmActivityRepresentation::creditingEnd),
			CsvColumn.of("unfccc_reference", PacmActivityRepresentation::unfcccReference),
			CsvColumn.of("pcn_submitted_on", PacmActivityRepresentation::pcnSubmittedOn),
			CsvColumn.of("notes", PacmActivityRepresentation::notes),
			CsvColumn.of("source_url", (activity) -> activity.source().url()),
			CsvColumn.of("source_title", (activity) -> activity.source().title()),
			CsvColumn.of("source_retrieved_on", (activity) -> activity.source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", PacmActivityRepresentation::lastReviewedOn));

	private PacmActivityCsv() {
	}

}
