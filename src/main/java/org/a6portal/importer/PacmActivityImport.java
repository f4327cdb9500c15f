package org.a6portal.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.common.CodedEnum;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.Stage;
import org.a6portal.pacm.admin.PacmActivityForm;
import org.a6portal.seed.SeedVocabulary;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Rows of the UNFCCC's CDM transition and prior-consideration lists, in the columns of {@code pacm_activities.csv}.
 */
@Component
class PacmActivityImport extends ImportMapping<PacmActivity, PacmActivityForm> {

	PacmActivityImport(EditableRecords<PacmActivity, PacmActivityForm> records) {
		super("pacm-activities", records, List.of(
				"id", "host_party_iso2", "title", "activity_type", "sector", "methodology", "status",
				"expected_reductions_tco2e_per_year", "unfccc_reference", "source_url", "source_title"));
	}

	@Override
	PacmActivityForm toForm(CSVRecord row, Optional<PacmActivityForm> existing) {
		PacmActivityForm form = existing.orElseGet(PacmActivityForm::new);
		form.setSlug(Cells.text(row, "id"));
		form.setHostIso2(Cells.codes(row, "host_party_iso2").stream().findFirst().orElse(""));
		form.setTitle(Cells.text(row, "title"));
		String origin = SeedVocabulary.pacmOrigin(Cells.text(row, "activity_type"));
		form.setOrigin(CodedEnum.fromCode(Origin.class, origin));
		String status = Cells.text(row, "status");
		if (!status.isEmpty()) {
			form.setStage(CodedEnum.fromCode(Stage.class, SeedVocabulary.pacmStage(status, origin)));
			form.setNotes(status);
		}
		String activityType = SeedVocabulary.activityType(Cells.optional(row, "sector"));
		if (activityType != null) {
			form.setActivityTypeCode(activityType);
		}
		form.setMethodology(Cells.optional(row, "methodology"));
		form.setExpectedReductionsTco2ePerYear(Cells.number(row, "expected_reductions_tco2e_per_year"));
		String reference = Cells.optional(row, "unfccc_reference");
		form.setUnfcccReference(reference);
		if (reference != null && reference.contains("PoA")) {
			form.setForm(ActivityForm.PROGRAMME);
		}
		Cells.applySource(form, row, LocalDate.now());
		return form;
	}

}
