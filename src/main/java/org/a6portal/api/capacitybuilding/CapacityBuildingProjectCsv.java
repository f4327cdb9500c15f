package org.a6portal.api.capacitybuilding;

import java.util.List;

import org.a6portal.api.CountryReference;
import org.a6portal.api.CsvColumn;

/**
 * The columns of the capacity-building CSV downloads.
 */
public final class CapacityBuildingProjectCsv {

	public static final List<CsvColumn<CapacityBuildingProjectRepresentation>> COLUMNS = List.of(
			CsvColumn.of("id", CapacityBuildingProjectRepresentation::id),
			CsvColumn.of("title", CapacityBuildingProjectRepresentation::title),
			CsvColumn.of("lead_organisation", CapacityBuildingProjectRepresentation::leadOrganisation),
			CsvColumn.of("funder", CapacityBuildingProjectRepresentation::funder),
			CsvColumn.of("summary", CapacityBuildingProjectRepresentation::summary),
			CsvColumn.of("started_on", CapacityBuildingProjectRepresentation::startedOn),
			CsvColumn.of("ends_on", CapacityBuildingProjectRepresentation::endsOn),
			CsvColumn.of("url", CapacityBuildingProjectRepresentation::url),
			CsvColumn.of("countries", (project) -> project.countries().stream().map(CountryReference::code).toList()),
			CsvColumn.of("source_url", (project) -> project.source().url()),
			CsvColumn.of("source_title", (project) -> project.source().title()),
			CsvColumn.of("source_retrieved_on", (project) -> project.source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", CapacityBuildingProjectRepresentation::lastReviewedOn));

	private CapacityBuildingProjectCsv() {
	}

}
