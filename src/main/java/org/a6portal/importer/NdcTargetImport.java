package org.a6portal.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.TargetType;
import org.a6portal.ndc.admin.NdcTargetForm;
import org.a6portal.seed.SeedVocabulary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Rows of NDC targets, in the columns of {@code ndc_targets.csv}. That file has no id column: a target is known by
 * its Party, NDC version, type, year and condition, as the seed loader names it; a file with an {@code id} column
 * (the export's) names it by that.
 */
@Component
class NdcTargetImport extends ImportMapping<NdcTarget, NdcTargetForm> {

	NdcTargetImport(EditableRecords<NdcTarget, NdcTargetForm> records) {
		super(records, List.of(
				"host_party_iso2", "ndc_version", "target_type", "target_year", "reduction_pct", "conditional",
				"base_year", "bau_or_base_emissions_mtco2e", "net_zero_year", "notes", "source_url",
				"source_title"), List.of("id"),
				Map.ofEntries(Map.entry("countryIso2", "host_party_iso2"), Map.entry("ndcLabel", "ndc_version"),
						Map.entry("ndcVersionYear", "ndc_version"), Map.entry("targetType", "target_type"),
						Map.entry("targetYear", "target_year"), Map.entry("reductionPct", "reduction_pct"),
						Map.entry("conditional", "conditional"), Map.entry("baseYear", "base_year"),
						Map.entry("referenceEmissionsMtco2e", "bau_or_base_emissions_mtco2e"),
						Map.entry("netZeroYear", "net_zero_year"), Map.entry("notes", "notes")));
	}

	@Override
	String slugOf(Row row) {
		String id = row.optional("id");
		if (id != null) {
			return id;
		}
		String label = row.text("ndc_version");
		Short year = row.year("target_year");
		Boolean conditional = row.bool("conditional");
		try {
			return SeedVocabulary.ndcTargetSlug(row.text("host_party_iso2"), label, row.text("target_type"), year,
					conditional);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	@Override
	NdcTargetForm toForm(Row row, String slug, Optional<NdcTargetForm> existing) {
		NdcTargetForm form = existing.orElseGet(NdcTargetForm::new);
		form.setSlug(slug);
		form.setCountryIso2(row.country("host_party_iso2"));
		String label = row.text("ndc_version");
		form.setNdcLabel(label);
		try {
			form.setNdcVersionYear(SeedVocabulary.ndcVersionYear(label));
		}
		catch (IllegalArgumentException ex) {
			row.reject("ndc_version", "admin.import.cell.ndcVersion", label);
		}
		TargetType type = row.coded("target_type", TargetType.class, SeedVocabulary::targetType, List.of(), false);
		form.setTargetType((type != null) ? type : TargetType.OTHER);
		form.setTargetYear(row.year("target_year"));
		form.setReductionPct(row.number("reduction_pct"));
		form.setConditional(row.bool("conditional"));
		form.setBaseYear(row.year("base_year"));
		form.setReferenceEmissionsMtco2e(row.number("bau_or_base_emissions_mtco2e"));
		form.setNetZeroYear(row.year("net_zero_year"));
		form.setNotes(row.optional("notes"));
		readSource(form, row);
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(NdcTargetForm form) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("host_party_iso2", form.getCountryIso2());
		cells.put("ndc_version", form.getNdcLabel());
		cells.put("target_type", form.getTargetType().code());
		cells.put("target_year", form.getTargetYear());
		cells.put("reduction_pct", form.getReductionPct());
		cells.put("conditional", form.getConditional());
		cells.put("base_year", form.getBaseYear());
		cells.put("bau_or_base_emissions_mtco2e", form.getReferenceEmissionsMtco2e());
		cells.put("net_zero_year", form.getNetZeroYear());
		cells.put("notes", form.getNotes());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		cells.put("id", form.getSlug());
		return cells;
	}

}
