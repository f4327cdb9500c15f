package org.a6portal.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.a6portal.capacitybuilding.admin.CapacityBuildingProjectForm;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Rows of capacity-building projects, in the columns of {@code capacity_building.csv}; the project's web page is its
 * source.
 */
@Component
class CapacityBuildingImport extends ImportMapping<CapacityBuildingProject, CapacityBuildingProjectForm> {

	CapacityBuildingImport(EditableRecords<CapacityBuildingProject, CapacityBuildingProjectForm> records) {
		super("capacity-building", records, List.of(
				"id", "title", "lead_organisation", "funder", "countries_iso2", "summary", "started_on",
				"ends_on", "url", "source_title"));
	}

	@Override
	CapacityBuildingProjectForm toForm(CSVRecord row, Optional<CapacityBuildingProjectForm> existing) {
		CapacityBuildingProjectForm form = existing.orElseGet(CapacityBuildingProjectForm::new);
		form.setSlug(Cells.text(row, "id"));
		form.setTitle(Cells.text(row, "title"));
		form.setLeadOrganisation(Cells.optional(row, "lead_organisation"));
		form.setFunder(Cells.optional(row, "funder"));
		form.setCountries(Cells.codes(row, "countries_iso2"));
		form.setSummary(Cells.optional(row, "summary"));
		form.setStartedOn(Cells.date(row, "started_on"));
		form.setEndsOn(Cells.date(row, "ends_on"));
		form.setUrl(Cells.optional(row, "url"));
		Cells.applySource(form, row, LocalDate.now());
		form.setSourceUrl(Cells.optional(row, "url"));
		return form;
	}

}
