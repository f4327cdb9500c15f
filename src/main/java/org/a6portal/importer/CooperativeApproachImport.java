package org.a6portal.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.admin.CooperativeApproachForm;
import org.a6portal.seed.SeedVocabulary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Rows of a ministry's list of agreements, in the columns of {@code cooperative_approaches.csv}. Instrument and
 * status take the portal's codes ({@code mou_signed}) or the seed file's wording ({@code MoU signed}).
 */
@Component
class CooperativeApproachImport extends ImportMapping<CooperativeApproach, CooperativeApproachForm> {

	CooperativeApproachImport(EditableRecords<CooperativeApproach, CooperativeApproachForm> records) {
		super(records, List.of(
				"id", "host_party_iso2", "acquiring_party_iso2", "title", "instrument", "status", "signed_on",
				"sectors", "itmo_volume_tco2e", "notes", "source_url", "source_title"), List.of(),
				Map.of("transferringParties", "host_party_iso2", "acquiringParties", "acquiring_party_iso2", "title",
						"title", "instrument", "instrument", "status", "status", "signedOn", "signed_on",
						"sectorScope", "sectors", "itmoVolumeTco2e", "itmo_volume_tco2e", "notes", "notes"));
	}

	@Override
	CooperativeApproachForm toForm(Row row, String slug, Optional<CooperativeApproachForm> existing) {
		CooperativeApproachForm form = existing.orElseGet(CooperativeApproachForm::new);
		form.setSlug(slug);
		form.setTransferringParties(sorted(row.countries("host_party_iso2")));
		form.setAcquiringParties(sorted(row.countries("acquiring_party_iso2")));
		form.setTitle(row.text("title"));
		Instrument instrument = row.coded("instrument", Instrument.class, SeedVocabulary::instrument, List.of(), false);
		form.setInstrument((instrument != null) ? instrument : Instrument.OTHER);
		ApproachStatus status = row.coded("status", ApproachStatus.class, SeedVocabulary::approachStatus,
				List.of("announced", "MoU signed", "signed", "established", "in force"), true);
		if (status != null) {
			form.setStatus(status);
		}
		form.setSignedOn(row.date("signed_on"));
		form.setSectorScope(row.optional("sectors"));
		form.setItmoVolumeTco2e(row.number("itmo_volume_tco2e"));
		form.setNotes(row.optional("notes"));
		readSource(form, row);
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(CooperativeApproachForm form) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("id", form.getSlug());
		cells.put("host_party_iso2", form.getTransferringParties());
		cells.put("acquiring_party_iso2", form.getAcquiringParties());
		cells.put("title", form.getTitle());
		cells.put("instrument", form.getInstrument().code());
		cells.put("status", form.getStatus().code());
		cells.put("signed_on", form.getSignedOn());
		cells.put("sectors", form.getSectorScope());
		cells.put("itmo_volume_tco2e", form.getItmoVolumeTco2e());
		cells.put("notes", form.getNotes());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		return cells;
	}

	/** The form keeps Parties in code order: a file listing them in another order changes nothing. */
	private static List<String> sorted(List<String> codes) {
		List<String> sorted = new ArrayList<>(codes);
		sorted.sort(null);
		return sorted;
	}

}
