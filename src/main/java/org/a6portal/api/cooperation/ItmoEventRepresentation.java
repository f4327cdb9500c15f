package org.a6portal.api.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.a6portal.api.CountryReference;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.country.Country;
import org.jspecify.annotations.Nullable;

/**
 * A dated step of an approach: a purchase agreement, an authorisation, an issuance, a registration or a transfer.
 *
 * @param id its stable id (slug)
 * @param kind {@code purchase_agreement}, {@code authorisation}, {@code issuance}, {@code registration} or
 * {@code transfer}
 * @param description the source's own words for the event
 * @param eventOn when, where the source gives the day
 * @param eventDateNote what the source says of a date it gives only in part
 * @param host the host (transferring) Party
 * @param acquiring the acquiring Party, where named
 * @param activityTitle the mitigation activity it concerns, as the source names it
 * @param volumeTco2e its volume, in tCO2e
 * @param volumeMeaning what the volume measures: {@code transfer}, {@code ceiling}, {@code estimate} or
 * {@code issuance}
 * @param volumeNote the source's words for the volume
 * @param notes notes
 * @param source where the facts come from
 * @param lastReviewedOn when an editor last confirmed the record
 */
public record ItmoEventRepresentation(String id, String kind, String description, @Nullable LocalDate eventOn,
		@Nullable String eventDateNote, CountryReference host, @Nullable CountryReference acquiring,
		@Nullable String activityTitle, @Nullable BigDecimal volumeTco2e, @Nullable String volumeMeaning,
		@Nullable String volumeNote, @Nullable String notes, SourceRepresentation source, LocalDate lastReviewedOn) {

	static ItmoEventRepresentation of(ItmoEvent event, Map<String, Country> countries) {
		String acquiring = event.getAcquiringIso2();
		return new ItmoEventRepresentation(event.getSlug(), event.getKind(), event.getDescription(), event.getEventOn(),
				event.getEventDateNote(), CountryReference.of(event.getHostIso2(), countries),
				(acquiring != null) ? CountryReference.of(acquiring, countries) : null, event.getActivityTitle(),
				event.getVolumeTco2e(), event.getVolumeMeaning(), event.getVolumeNote(), event.getNotes(),
				SourceRepresentation.of(event), Objects.requireNonNull(event.getLastReviewedOn()));
	}

}
