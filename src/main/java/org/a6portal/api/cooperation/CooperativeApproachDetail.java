package org.a6portal.api.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.a6portal.api.CodeOf;
import org.a6portal.api.RecordLinks;
import org.a6portal.api.SectorReference;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.Instrument;
import org.jspecify.annotations.Nullable;

/**
 * One cooperative approach, {@code /api/v1/cooperative-approaches/{id}}: every property of its entry in the list,
 * then its ITMO events (agreements, authorisations, issuances, transfers with their volumes).
 *
 * @param id its stable id (slug)
 * @param title its title
 * @param instrument the kind of document it rests on
 * @param status how far it has come
 * @param parties its Parties, transferring first, each with its page and API resource
 * @param sectors the sectors its sources name
 * @param sectorScope the sectors in the source's own words
 * @param announcedOn when it was announced
 * @param mouSignedOn when a memorandum of understanding was signed
 * @param signedOn when the agreement was signed
 * @param inForceOn when the agreement entered into force
 * @param itmoVolumeTco2e the cap or expected total of ITMOs, in tCO2e
 * @param description a description (Markdown)
 * @param notes notes (Markdown)
 * @param mitigationActivities its published mitigation activities
 * @param itmoTransfers its published ITMO transfers
 * @param source where the facts come from
 * @param lastReviewedOn when an editor last confirmed the record
 * @param links its own page, API resource, CSV, feed of public changes and embed
 * @param itmoEvents its published ITMO events, in date order (undated last)
 */
public record CooperativeApproachDetail(String id, String title, @CodeOf(Instrument.class) String instrument,
		@CodeOf(ApproachStatus.class) String status, List<PartyRepresentation> parties, List<SectorReference> sectors,
		@Nullable String sectorScope, @Nullable LocalDate announcedOn, @Nullable LocalDate mouSignedOn,
		@Nullable LocalDate signedOn, @Nullable LocalDate inForceOn, @Nullable BigDecimal itmoVolumeTco2e,
		@Nullable String description, @Nullable String notes, List<MitigationActivityRepresentation> mitigationActivities,
		List<ItmoTransferRepresentation> itmoTransfers, SourceRepresentation source, LocalDate lastReviewedOn,
		RecordLinks links, List<ItmoEventRepresentation> itmoEvents) {

	static CooperativeApproachDetail of(CooperativeApproachRepresentation entry, List<ItmoEventRepresentation> events) {
		return new CooperativeApproachDetail(entry.id(), entry.title(), entry.instrument(), entry.status(), entry.parties(),
				entry.sectors(), entry.sectorScope(), entry.announcedOn(), entry.mouSignedOn(), entry.signedOn(),
				entry.inForceOn(), entry.itmoVolumeTco2e(), entry.description(), entry.notes(),
				entry.mitigationActivities(), entry.itmoTransfers(), entry.source(), entry.lastReviewedOn(), entry.links(),
				events);
	}

	/** Its entry in the list, for the CSV's first row. */
	CooperativeApproachRepresentation entry() {
		return new CooperativeApproachRepresentation(this.id, this.title, this.instrument, this.status, this.parties,
				this.sectors, this.sectorScope, this.announcedOn, this.mouSignedOn, this.signedOn, this.inForceOn,
				this.itmoVolumeTco2e, this.description, this.notes, this.mitigationActivities, this.itmoTransfers,
				this.source, this.lastReviewedOn, this.links);
	}

}
