package org.a6portal.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.a6portal.capacitybuilding.admin.CapacityBuildingProjectForm;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Rows of capacity-building projects, in the columns of {@code capacity_building.csv}; the project's web page is its
 * source, unless the file has a {@code source_url} column (the export's) that says otherwise.
 */
@Component
class CapacityBuildingImport extends ImportMapping<CapacityBuildingProject, CapacityBuildingProjectForm> {

	CapacityBuildingImport(EditableRecords<CapacityBuildingProject, CapacityBuildingProjectForm> records) {
		super(records, List.of(
				"id", "title", "lead_organisation", "funder", "countries_iso2", "summary", "started_on",
				"ends_on", "url", "source_title"), List.of("source_url"),
				Map.of("title", "title", "leadOrganisation", "lead_organisation", "funder", "funder", "countries",
						"countries_iso2", "summary", "summary", "startedOn", "started_on", "endsOn", "ends_on", "url",
						"url"));
	}

	@Override
	CapacityBuildingProjectForm toForm(Row row, String slug, Optional<CapacityBuildingProjectForm> existing) {
		CapacityBuildingProjectForm form = existing.orElseGet(CapacityBuildingProjectForm::new);
		form.setSlug(slug);
		form.setTitle(row.text("title"));
		form.setLeadOrganisation(row.optional("lead_organisation"));
		form.setFunder(row.optional("funder"));
		form.setCountries(row.countries("countries_iso2"));
		form.setSummary(row.optional("summary"));
		form.setStartedOn(row.date("started_on"));
		form.setEndsOn(row.date("ends_on"));
		form.setUrl(row.optional("url"));
		readSource(form, row);
		form.setSourceUrl(row.has("source_url") ? row.optional("source_url") : row.optional("url"));
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(CapacityBuildingProjectForm form) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("id", form.getSlug());
		cells.put("title", form.getTitle());
		cells.put("lead_organisation", form.getLeadOrganisation());
		cells.put("funder", form.getFunder());
		cells.put("countries_iso2", form.getCountries());
		cells.put("summary", form.getSummary());
		cells.put("started_on", form.getStartedOn());
		cells.put("ends_on", form.getEndsOn());
		cells.put("url", form.getUrl());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		return cells;
	}

}
