package org.a6portal.api.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.api.CodeOf;
import org.a6portal.api.RecordLinks;
import org.a6portal.api.SectorReference;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.country.Country;
import org.jspecify.annotations.Nullable;

/**
 * An Article 6.2 cooperative approach with its Parties, sectors, published mitigation activities and ITMO transfers.
 *
 * @param id its stable id (slug), also the anchor of the approach on its Parties' pages
 * @param title its title
 * @param instrument the kind of document it rests on
 * @param status how far it has come
 * @param parties its Parties, transferring first
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
 */
public record CooperativeApproachRepresentation(String id, String title, @CodeOf(Instrument.class) String instrument,
		@CodeOf(ApproachStatus.class) String status, List<PartyRepresentation> parties, List<SectorReference> sectors,
		@Nullable String sectorScope, @Nullable LocalDate announcedOn, @Nullable LocalDate mouSignedOn,
		@Nullable LocalDate signedOn, @Nullable LocalDate inForceOn, @Nullable BigDecimal itmoVolumeTco2e,
		@Nullable String description, @Nullable String notes, List<MitigationActivityRepresentation> mitigationActivities,
		List<ItmoTransferRepresentation> itmoTransfers, SourceRepresentation source, LocalDate lastReviewedOn,
		RecordLinks links) {

	/**
	 * @param approach the approach, its Parties and sectors loaded
	 * @param activities its published activities (others are ignored)
	 * @param transfers its published transfers (others are ignored)
	 * @param countries at least the countries its Parties and transfers name, by upper-case alpha-2 code
	 */
	public static CooperativeApproachRepresentation of(CooperativeApproach approach, Collection<MitigationActivity> activities,
			Collection<ItmoTransfer> transfers, Map<String, Country> countries) {
		long id = Objects.requireNonNull(approach.getId());
		List<MitigationActivity> own = activities.stream().filter((activity) -> activity.getApproachId() == id).toList();
		Map<Long, String> activitySlugs = own.stream()
			.collect(Collectors.toMap((activity) -> Objects.requireNonNull(activity.getId()), MitigationActivity::getSlug));
		return new CooperativeApproachRepresentation(approach.getSlug(), approach.getTitle(), approach.getInstrument().code(),
				approach.getStatus().code(),
				approach.getParties().stream().map((party) -> PartyRepresentation.of(party, countries)).toList(),
				approach.getSectors().stream().map(SectorReference::of).toList(), approach.getSectorScope(),
				approach.getAnnouncedOn(), approach.getMouSignedOn(), approach.getSignedOn(), approach.getInForceOn(),
				approach.getItmoVolumeTco2e(), approach.getDescription(), approach.getNotes(),
				own.stream().map(MitigationActivityRepresentation::of).toList(),
				transfers.stream()
					.filter((transfer) -> transfer.getApproachId() == id)
					.map((transfer) -> ItmoTransferRepresentation.of(transfer, activitySlugs, countries))
					.toList(),
				SourceRepresentation.of(approach), Objects.requireNonNull(approach.getLastReviewedOn()),
				RecordLinks.approach(approach.getSlug()));
	}

	/** The upper-case alpha-2 codes of every country the approaches, their Parties and transfers name. */
	public static Set<String> countriesNamedBy(Collection<CooperativeApproach> approaches, Collection<ItmoTransfer> transfers) {
		Set<String> codes = new LinkedHashSet<>();
		approaches.forEach((approach) -> codes.addAll(approach.partyCodes()));
		transfers.forEach((transfer) -> {
			codes.add(transfer.getFromIso2());
			codes.add(transfer.getToIso2());
		});
		return codes;
	}

	/** Orders loaded approaches as their ids were listed. */
	static List<CooperativeApproach> inOrder(List<Long> ids, Collection<CooperativeApproach> approaches) {
		Map<Long, CooperativeApproach> byId = approaches.stream()
			.collect(Collectors.toMap((approach) -> Objects.requireNonNull(approach.getId()), Function.identity()));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

}
