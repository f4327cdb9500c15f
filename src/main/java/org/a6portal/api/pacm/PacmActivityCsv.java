package org.a6portal.api.pacm;

import java.util.ArrayList;
import java.util.List;

import org.a6portal.api.CountryReference;
import org.a6portal.api.CsvColumn;
import org.a6portal.api.RecordReference;

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

	/** One activity's CSV: the list's columns, then the facts only its own resource has. */
	public static final List<CsvColumn<PacmActivityDetail>> DETAIL_COLUMNS = detailColumns();

	private static List<CsvColumn<PacmActivityDetail>> detailColumns() {
		List<CsvColumn<PacmActivityDetail>> columns = new ArrayList<>();
		COLUMNS.forEach((column) -> columns.add(CsvColumn.of(column.name(), (detail) -> column.value().apply(detail.entry()))));
		columns.add(CsvColumn.of("other_host_countries",
				(activity) -> activity.otherHosts().stream().map(CountryReference::code).toList()));
		columns.add(CsvColumn.of("host_approved_on", PacmActivityDetail::hostApprovedOn));
		columns.add(CsvColumn.of("a6_period_from", PacmActivityDetail::a6PeriodFrom));
		columns.add(CsvColumn.of("a6_period_to", PacmActivityDetail::a6PeriodTo));
		columns.add(CsvColumn.of("methodology_choice", PacmActivityDetail::methodologyChoice));
		columns.add(CsvColumn.of("activity_type_in_source", PacmActivityDetail::activityTypeInSource));
		columns.add(CsvColumn.of("programme_id", (activity) -> (activity.programme() != null) ? activity.programme().id() : null));
		columns.add(CsvColumn.of("component_ids",
				(activity) -> activity.components().stream().map(RecordReference::id).toList()));
		return List.copyOf(columns);
	}

	private PacmActivityCsv() {
	}

}
