package org.a6portal.api.country;

import java.util.List;
import java.util.stream.Stream;

import org.a6portal.api.Csv;
import org.a6portal.api.CsvColumn;
import org.a6portal.api.capacitybuilding.CapacityBuildingProjectCsv;
import org.a6portal.api.cooperation.CooperativeApproachCsv;
import org.a6portal.api.ndc.NdcTargetCsv;
import org.a6portal.api.ndc.NdcTargetRepresentation;
import org.a6portal.api.pacm.PacmActivityCsv;
import org.a6portal.api.country.SustainableDevelopmentRepresentation.InitialReportRepresentation;
import org.a6portal.api.country.SustainableDevelopmentRepresentation.SdStatementRepresentation;
import org.a6portal.capacitybuilding.CapacityBuildingKinds;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.ndc.NdcKinds;
import org.a6portal.pacm.PacmKinds;
import org.a6portal.record.RecordKind;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentKinds;

/**
 * The country CSV downloads: the country list, and one country's records, one row per record with its
 * {@code record_type} first (the sector breakdown is left out: it counts the approach and PACM rows).
 */
public final class CountryCsv {

	public static final List<CsvColumn<CountrySummaryRepresentation>> COLUMNS = List.of(
			CsvColumn.of("code", CountrySummaryRepresentation::code),
			CsvColumn.of("iso2", CountrySummaryRepresentation::iso2),
			CsvColumn.of("iso3", CountrySummaryRepresentation::iso3),
			CsvColumn.of("numeric_code", CountrySummaryRepresentation::numericCode),
			CsvColumn.of("name_en", (country) -> country.names().en()),
			CsvColumn.of("name_es", (country) -> country.names().es()),
			CsvColumn.of("name_fr", (country) -> country.names().fr()),
			CsvColumn.of("slug", CountrySummaryRepresentation::slug),
			CsvColumn.of("region", CountrySummaryRepresentation::region),
			CsvColumn.of("subregion", CountrySummaryRepresentation::subregion),
			CsvColumn.of("unfccc_party", CountrySummaryRepresentation::unfcccParty),
			CsvColumn.of("annex_i", CountrySummaryRepresentation::annexI),
			CsvColumn.of("cooperative_approaches", (country) -> country.counts().cooperativeApproaches()),
			CsvColumn.of("pacm_activities", (country) -> country.counts().pacmActivities()));

	public static final List<CsvColumn<SdStatementRepresentation>> SD_STATEMENT_COLUMNS = List.of(
			CsvColumn.of("id", SdStatementRepresentation::id),
			CsvColumn.of("topic", SdStatementRepresentation::topic),
			CsvColumn.of("mechanism", SdStatementRepresentation::mechanism),
			CsvColumn.of("title", SdStatementRepresentation::title),
			CsvColumn.of("authority", SdStatementRepresentation::authority),
			CsvColumn.of("published", SdStatementRepresentation::published),
			CsvColumn.of("body", SdStatementRepresentation::body),
			CsvColumn.of("source_url", (statement) -> statement.source().url()),
			CsvColumn.of("source_title", (statement) -> statement.source().title()),
			CsvColumn.of("source_retrieved_on", (statement) -> statement.source().retrievedOn()),
			CsvColumn.of("other_source_url", (statement) -> (statement.otherSource() != null) ? statement.otherSource().url() : null),
			CsvColumn.of("other_source_title",
					(statement) -> (statement.otherSource() != null) ? statement.otherSource().title() : null),
			CsvColumn.of("last_reviewed_on", SdStatementRepresentation::lastReviewedOn));

	public static final List<CsvColumn<InitialReportRepresentation>> INITIAL_REPORT_COLUMNS = List.of(
			CsvColumn.of("id", InitialReportRepresentation::id),
			CsvColumn.of("title", InitialReportRepresentation::title),
			CsvColumn.of("submitted_on", InitialReportRepresentation::submittedOn),
			CsvColumn.of("review_status", InitialReportRepresentation::reviewStatus),
			CsvColumn.of("source_url", (report) -> report.source().url()),
			CsvColumn.of("source_title", (report) -> report.source().title()),
			CsvColumn.of("source_retrieved_on", (report) -> report.source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", InitialReportRepresentation::lastReviewedOn));

	/** The record types of a country's CSV (their change-log names), in the order its rows come. */
	public static final List<String> RECORD_TYPES = Stream
		.of(CooperationKinds.COOPERATIVE_APPROACH, CooperationKinds.MITIGATION_ACTIVITY, CooperationKinds.ITMO_TRANSFER,
				PacmKinds.PACM_ACTIVITY, NdcKinds.NDC_TARGET, SustainableDevelopmentKinds.SD_STATEMENT,
				SustainableDevelopmentKinds.INITIAL_REPORT, CapacityBuildingKinds.CAPACITY_BUILDING_PROJECT)
		.map(RecordKind::entityType)
		.toList();

	private CountryCsv() {
	}

	/** All of a country's published records as one CSV table. */
	public static Csv.Combined records(CountryRepresentation country) {
		CountryRepresentation.CountrySections sections = country.sections();
		List<NdcTargetRepresentation> targets = sections.ndcVersions()
			.stream()
			.flatMap((version) -> version.targets().stream())
			.toList();
		return new Csv.Combined()
			.add(RECORD_TYPES.get(0), CooperativeApproachCsv.COLUMNS, sections.cooperativeApproaches())
			.add(RECORD_TYPES.get(1), CooperativeApproachCsv.ACTIVITY_COLUMNS,
					CooperativeApproachCsv.activities(sections.cooperativeApproaches()))
			.add(RECORD_TYPES.get(2), CooperativeApproachCsv.TRANSFER_COLUMNS,
					CooperativeApproachCsv.transfers(sections.cooperativeApproaches()))
			.add(RECORD_TYPES.get(3), PacmActivityCsv.COLUMNS, sections.pacmActivities())
			.add(RECORD_TYPES.get(4), NdcTargetCsv.COLUMNS, targets)
			.add(RECORD_TYPES.get(5), SD_STATEMENT_COLUMNS, sections.sustainableDevelopment().statements())
			.add(RECORD_TYPES.get(6), INITIAL_REPORT_COLUMNS, sections.sustainableDevelopment().initialReports())
			.add(RECORD_TYPES.get(7), CapacityBuildingProjectCsv.COLUMNS, sections.capacityBuildingProjects());
	}

}
