package org.a6portal.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.common.CodedEnum;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.TargetType;
import org.a6portal.ndc.admin.NdcTargetForm;
import org.a6portal.seed.SeedVocabulary;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Rows of NDC targets, in the columns of {@code ndc_targets.csv}. The file has no id column: a target is known by its
 * Party, NDC version, type, year and condition, as the seed loader names it.
 */
@Component
class NdcTargetImport extends ImportMapping<NdcTarget, NdcTargetForm> {

	NdcTargetImport(EditableRecords<NdcTarget, NdcTargetForm> records) {
		super("ndc-targets", records, List.of(
				"host_party_iso2", "ndc_version", "target_type", "target_year", "reduction_pct", "conditional",
				"base_year", "bau_or_base_emissions_mtco2e", "net_zero_year", "notes", "source_url",
				"source_title"));
	}

	@Override
	String slugOf(CSVRecord row) {
		return SeedVocabulary.ndcTargetSlug(Cells.text(row, "host_party_iso2"), Cells.text(row, "ndc_version"),
				Cells.text(row, "target_type"), Cells.year(row, "target_year"), Cells.bool(row, "conditional"));
	}

	@Override
	NdcTargetForm toForm(CSVRecord row, Optional<NdcTargetForm> existing) {
		NdcTargetForm form = existing.orElseGet(NdcTargetForm::new);
		form.setSlug(slugOf(row));
		form.setCountryIso2(Cells.text(row, "host_party_iso2").toUpperCase(Locale.ROOT));
		String label = Cells.text(row, "ndc_version");
		form.setNdcLabel(label);
		form.setNdcVersionYear(SeedVocabulary.ndcVersionYear(label));
		form.setTargetType(CodedEnum.fromCode(TargetType.class, SeedVocabulary.targetType(Cells.text(row, "target_type"))));
		form.setTargetYear(Cells.year(row, "target_year"));
		form.setReductionPct(Cells.number(row, "reduction_pct"));
		form.setConditional(Cells.bool(row, "conditional"));
		form.setBaseYear(Cells.year(row, "base_year"));
		form.setReferenceEmissionsMtco2e(Cells.number(row, "bau_or_base_emissions_mtco2e"));
		form.setNetZeroYear(Cells.year(row, "net_zero_year"));
		form.setNotes(Cells.optional(row, "notes"));
		Cells.applySource(form, row, LocalDate.now());
		return form;
	}

}
