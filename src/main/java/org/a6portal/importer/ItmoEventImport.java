package org.a6portal.importer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.cooperation.admin.ItmoEventForm;
import org.a6portal.seed.SeedVocabulary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Article 6.2 events (authorisations, purchase agreements, issuances, transfers): the columns of
 * {@code db/seed/itmo_events.csv}, plus the approach by its slug. The kind of event and what its volume measures are
 * read from the wording, as the seed loader reads them.
 */
@Component
class ItmoEventImport extends ImportMapping<ItmoEvent, ItmoEventForm> {

	private final ApproachSlugs approaches;

	ItmoEventImport(EditableRecords<ItmoEvent, ItmoEventForm> records, ApproachSlugs approaches) {
		super(records, List.of("id", ApproachSlugs.COLUMN, "host_party_iso2", "acquiring_party_iso2",
				"activity_title", "event", "event_date", "event_date_note", "volume_tco2e", "volume_note", "notes",
				"source_url", "source_title"), List.of(),
				Map.ofEntries(Map.entry("approachId", ApproachSlugs.COLUMN), Map.entry("hostIso2", "host_party_iso2"),
						Map.entry("acquiringIso2", "acquiring_party_iso2"), Map.entry("activityTitle", "activity_title"),
						Map.entry("kind", "event"), Map.entry("description", "event"), Map.entry("eventOn", "event_date"),
						Map.entry("eventDateNote", "event_date_note"), Map.entry("volumeTco2e", "volume_tco2e"),
						Map.entry("volumeMeaning", "volume_note"), Map.entry("volumeNote", "volume_note"),
						Map.entry("notes", "notes")));
		this.approaches = approaches;
	}

	@Override
	ItmoEventForm toForm(Row row, String slug, Optional<ItmoEventForm> existing) {
		ItmoEventForm form = existing.orElseGet(ItmoEventForm::new);
		form.setSlug(slug);
		form.setApproachId(this.approaches.idOf(row));
		form.setHostIso2(row.country("host_party_iso2"));
		String acquiring = row.country("acquiring_party_iso2");
		form.setAcquiringIso2(acquiring.isEmpty() ? null : acquiring);
		form.setActivityTitle(row.optional("activity_title"));
		String event = row.text("event");
		try {
			form.setKind(SeedVocabulary.itmoEventKind(event));
		}
		catch (IllegalArgumentException ex) {
			row.reject("event", "admin.import.cell.eventKind", event);
		}
		form.setDescription(event);
		form.setEventOn(row.date("event_date"));
		form.setEventDateNote(row.optional("event_date_note"));
		BigDecimal volume = row.number("volume_tco2e");
		String volumeNote = row.optional("volume_note");
		form.setVolumeTco2e(volume);
		form.setVolumeNote(volumeNote);
		try {
			form.setVolumeMeaning((volume != null) ? SeedVocabulary.itmoVolumeMeaning(volumeNote) : null);
		}
		catch (IllegalArgumentException ex) {
			row.reject("volume_note", "admin.import.cell.volumeNote", volumeNote);
		}
		form.setNotes(row.optional("notes"));
		readSource(form, row);
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(ItmoEventForm form) {
		return cells(form, this.approaches::slugOf);
	}

	/** One export's rows: the approaches' slugs are read once, not per row. */
	@Override
	java.util.function.Function<ItmoEventForm, Map<String, @Nullable Object>> exporter() {
		Map<Long, String> slugs = this.approaches.all();
		return (form) -> cells(form, (id) -> (id != null) ? slugs.get(id) : null);
	}

	private static Map<String, @Nullable Object> cells(ItmoEventForm form,
			java.util.function.Function<@Nullable Long, @Nullable String> approachSlug) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("id", form.getSlug());
		cells.put(ApproachSlugs.COLUMN, approachSlug.apply(form.getApproachId()));
		cells.put("host_party_iso2", form.getHostIso2());
		cells.put("acquiring_party_iso2", form.getAcquiringIso2());
		cells.put("activity_title", form.getActivityTitle());
		cells.put("event", form.getDescription());
		cells.put("event_date", form.getEventOn());
		cells.put("event_date_note", form.getEventDateNote());
		cells.put("volume_tco2e", form.getVolumeTco2e());
		cells.put("volume_note", form.getVolumeNote());
		cells.put("notes", form.getNotes());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		return cells;
	}

}
