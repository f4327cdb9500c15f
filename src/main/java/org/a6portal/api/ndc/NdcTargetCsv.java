package org.a6portal.api.ndc;

import java.util.List;

import org.a6portal.api.CsvColumn;

/**
 * The columns of the NDC-target CSV downloads.
 */
public final class NdcTargetCsv {

	public static final List<CsvColumn<NdcTargetRepresentation>> COLUMNS = List.of(
			CsvColumn.of("id", NdcTargetRepresentation::id),
			CsvColumn.of("country", (target) -> target.country().code()),
			CsvColumn.of("ndc_label", (target) -> target.ndc().label()),
			CsvColumn.of("ndc_version_year", (target) -> target.ndc().versionYear()),
			CsvColumn.of("ndc_submitted_on", (target) -> target.ndc().submittedOn()),
			CsvColumn.of("ndc_current", (target) -> target.ndc().current()),
			CsvColumn.of("ndc_mentions_article6", (target) -> target.ndc().mentionsArticle6()),
			CsvColumn.of("target_type", NdcTargetRepresentation::targetType),
			CsvColumn.of("target_year", NdcTargetRepresentation::targetYear),
			CsvColumn.of("reduction_pct", NdcTargetRepresentation::reductionPct),
			CsvColumn.of("reduction_pct_upper", NdcTargetRepresentation::reductionPctUpper),
			CsvColumn.of("conditional", NdcTargetRepresentation::conditional),
			CsvColumn.of("base_year", NdcTargetRepresentation::baseYear),
			CsvColumn.of("reference_emissions_mtco2e", NdcTargetRepresentation::referenceEmissionsMtco2e),
			CsvColumn.of("lulucf", NdcTargetRepresentation::lulucf),
			CsvColumn.of("net_zero_year", NdcTargetRepresentation::netZeroYear),
			CsvColumn.of("notes", NdcTargetRepresentation::notes),
			CsvColumn.of("source_url", (target) -> target.source().url()),
			CsvColumn.of("source_title", (target) -> target.source().title()),
			CsvColumn.of("source_retrieved_on", (target) -> target.source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", NdcTargetRepresentation::lastReviewedOn));

	private NdcTargetCsv() {
	}

}
