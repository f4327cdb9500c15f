package org.a6portal.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.Stage;
import org.a6portal.pacm.admin.PacmActivityForm;
import org.a6portal.seed.SeedVocabulary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Rows of the UNFCCC's CDM transition and prior-consideration lists, in the columns of {@code pacm_activities.csv}.
 * {@code status} takes a stage's code ({@code registered}) or the list's own wording, which is then kept as the
 * record's notes; {@code sector} an activity type's code or the list's sector wording.
 */
@Component
class PacmActivityImport extends ImportMapping<PacmActivity, PacmActivityForm> {

	PacmActivityImport(EditableRecords<PacmActivity, PacmActivityForm> records) {
		super(records, List.of(
				"id", "host_party_iso2", "title", "activity_type", "sector", "methodology", "status",
				"expected_reductions_tco2e_per_year", "unfccc_reference", "source_url", "source_title"), List.of(),
				Map.of("hostIso2", "host_party_iso2", "title", "title", "origin", "activity_type", "stage", "status",
						"notes", "status", "activityTypeCode", "sector", "methodology", "methodology",
						"expectedReductionsTco2ePerYear", "expected_reductions_tco2e_per_year", "unfcccReference",
						"unfccc_reference"));
	}

	@Override
	PacmActivityForm toForm(Row row, String slug, Optional<PacmActivityForm> existing) {
		PacmActivityForm form = existing.orElseGet(PacmActivityForm::new);
		form.setSlug(slug);
		form.setHostIso2(row.country("host_party_iso2"));
		form.setTitle(row.text("title"));
		Origin origin = row.coded("activity_type", Origin.class, SeedVocabulary::pacmOrigin, List.of(), false);
		if (origin != null) {
			form.setOrigin(origin);
		}
		else if (existing.isEmpty()) {
			form.setOrigin(Origin.NEW_ACTIVITY);
		}
		String status = row.optional("status");
		if (status != null) {
			Stage stage = stage(status);
			if (stage != null) {
				form.setStage(stage);
			}
			else {
				form.setStage(org.a6portal.common.CodedEnum.fromCode(Stage.class,
						SeedVocabulary.pacmStage(status, form.getOrigin().code())));
				form.setNotes(status);
			}
		}
		String activityType = row.activityType("sector", SeedVocabulary::activityType);
		if (activityType != null) {
			form.setActivityTypeCode(activityType);
		}
		form.setMethodology(row.optional("methodology"));
		form.setExpectedReductionsTco2ePerYear(row.number("expected_reductions_tco2e_per_year"));
		String reference = row.optional("unfccc_reference");
		form.setUnfcccReference(reference);
		if (reference != null && reference.contains("PoA")) {
			form.setForm(ActivityForm.PROGRAMME);
		}
		readSource(form, row);
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(PacmActivityForm form) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("id", form.getSlug());
		cells.put("host_party_iso2", form.getHostIso2());
		cells.put("title", form.getTitle());
		cells.put("activity_type", form.getOrigin().code());
		cells.put("sector", form.getActivityTypeCode());
		cells.put("methodology", form.getMethodology());
		// the list's wording where it names the stage (it is the record's notes), else the stage's code
		String notes = form.getNotes();
		boolean wordingNamesStage = notes != null && !notes.isBlank() && stage(notes) == null
				&& SeedVocabulary.pacmStage(notes, form.getOrigin().code()).equals(form.getStage().code());
		cells.put("status", wordingNamesStage ? notes : form.getStage().code());
		cells.put("expected_reductions_tco2e_per_year", form.getExpectedReductionsTco2ePerYear());
		cells.put("unfccc_reference", form.getUnfcccReference());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		return cells;
	}

	private static @Nullable Stage stage(String status) {
		String code = status.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
		for (Stage stage : Stage.values()) {
			if (stage.code().equals(code)) {
				return stage;
			}
		}
		return null;
	}

}
