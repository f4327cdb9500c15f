package org.a6portal.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.cooperation.admin.ItmoEventForm;
import org.a6portal.seed.SeedVocabulary;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Article 6.2 events, in the columns of {@code itmo_events.csv}: the kind of event is read from its wording, what a
 * volume measures from its note, as the seed loader reads them.
 */
@Component
class ItmoEventImport extends ImportMapping<ItmoEvent, ItmoEventForm> {

	private final ApproachSlugs approaches;

	ItmoEventImport(EditableRecords<ItmoEvent, ItmoEventForm> records, ApproachSlugs approaches) {
		super("itmo-events", records, List.of("id", ApproachSlugs.COLUMN, "host_party_iso2", "acquiring_party_iso2",
				"activity_title", "event", "event_date", "event_date_note", "volume_tco2e", "volume_note", "notes",
				"source_url", "source_title"));
		this.approaches = approaches;
	}

	@Override
	ItmoEventForm toForm(CSVRecord row, Optional<ItmoEventForm> existing) {
		ItmoEventForm form = existing.orElseGet(ItmoEventForm::new);
		form.setSlug(Cells.text(row, "id"));
		form.setApproachId(this.approaches.idOf(row));
		form.setHostIso2(Cells.codes(row, "host_party_iso2").stream().findFirst().orElse(""));
		form.setAcquiringIso2(Cells.codes(row, "acquiring_party_iso2").stream().findFirst().orElse(null));
		form.setActivityTitle(Cells.optional(row, "activity_title"));
		String event = Cells.text(row, "event");
		try {
			form.setKind(SeedVocabulary.itmoEventKind(event));
		}
		catch (IllegalArgumentException ex) {
			throw new Cells.CellException("event", "admin.import.cell.eventKind", event);
		}
		form.setDescription(event);
		form.setEventOn(Cells.date(row, "event_date"));
		form.setEventDateNote(Cells.optional(row, "event_date_note"));
		BigDecimal volume = Cells.number(row, "volume_tco2e");
		String volumeNote = Cells.optional(row, "volume_note");
		form.setVolumeTco2e(volume);
		form.setVolumeNote(volumeNote);
		try {
			form.setVolumeMeaning((volume != null) ? SeedVocabulary.itmoVolumeMeaning(volumeNote) : null);
		}
		catch (IllegalArgumentException ex) {
			throw new Cells.CellException("volume_note", "admin.import.cell.volumeNote", volumeNote);
		}
		form.setNotes(Cells.optional(row, "notes"));
		Cells.applySource(form, row, LocalDate.now());
		return form;
	}

}
