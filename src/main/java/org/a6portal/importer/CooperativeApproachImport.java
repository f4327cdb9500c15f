package org.a6portal.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.admin.CooperativeApproachForm;
import org.a6portal.common.CodedEnum;
import org.a6portal.seed.SeedVocabulary;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Rows of a ministry's list of agreements, in the columns of {@code cooperative_approaches.csv}.
 */
@Component
class CooperativeApproachImport extends ImportMapping<CooperativeApproach, CooperativeApproachForm> {

	CooperativeApproachImport(EditableRecords<CooperativeApproach, CooperativeApproachForm> records) {
		super("cooperative-approaches", records, List.of(
				"id", "host_party_iso2", "acquiring_party_iso2", "title", "instrument", "status", "signed_on",
				"sectors", "itmo_volume_tco2e", "notes", "source_url", "source_title"));
	}

	@Override
	CooperativeApproachForm toForm(CSVRecord row, Optional<CooperativeApproachForm> existing) {
		CooperativeApproachForm form = existing.orElseGet(CooperativeApproachForm::new);
		form.setSlug(Cells.text(row, "id"));
		form.setTransferringParties(Cells.codes(row, "host_party_iso2"));
		form.setAcquiringParties(Cells.codes(row, "acquiring_party_iso2"));
		form.setTitle(Cells.text(row, "title"));
		form.setInstrument(CodedEnum.fromCode(Instrument.class, SeedVocabulary.instrument(Cells.text(row, "instrument"))));
		form.setStatus(CodedEnum.fromCode(ApproachStatus.class, SeedVocabulary.approachStatus(Cells.text(row, "status"))));
		form.setSignedOn(Cells.date(row, "signed_on"));
		form.setSectorScope(Cells.optional(row, "sectors"));
		BigDecimal volume = Cells.number(row, "itmo_volume_tco2e");
		form.setItmoVolumeTco2e(volume);
		form.setNotes(Cells.optional(row, "notes"));
		Cells.applySource(form, row, LocalDate.now());
		return form;
	}

}
