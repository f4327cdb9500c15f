package org.a6portal.api.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.a6portal.api.CountryReference;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.country.Country;
import org.jspecify.annotations.Nullable;

/**
 * A transfer of ITMOs under a cooperative approach.
 *
 * @param id its stable id (slug)
 * @param mitigationActivity the id of the published mitigation activity the ITMOs come from, if any
 * @param from the transferring Party
 * @param to the acquiring Party
 * @param transferredOn when
 * @param quantityTco2e how many ITMOs, in tCO2e
 * @param vintage the year the reductions happened
 * @param firstTransfer whether it is the first transfer (from which the corresponding adjustment applies)
 * @param source where the facts come from
 * @param lastReviewedOn when an editor last confirmed the record
 */
public record ItmoTransferRepresentation(String id, @Nullable String mitigationActivity, CountryReference from,
		CountryReference to, LocalDate transferredOn, BigDecimal quantityTco2e, @Nullable Integer vintage,
		boolean firstTransfer, SourceRepresentation source, LocalDate lastReviewedOn) {

	static ItmoTransferRepresentation of(ItmoTransfer transfer, Map<Long, String> activitySlugs,
			Map<String, Country> countries) {
		Short vintage = transfer.getVintage();
		return new ItmoTransferRepresentation(transfer.getSlug(),
				(transfer.getActivityId() != null) ? activitySlugs.get(transfer.getActivityId()) : null,
				CountryReference.of(transfer.getFromIso2(), countries), CountryReference.of(transfer.getToIso2(), countries),
				transfer.getTransferredOn(), transfer.getQuantityTco2e(), (vintage != null) ? vintage.intValue() : null,
				transfer.isFirstTransfer(), SourceRepresentation.of(transfer),
				Objects.requireNonNull(transfer.getLastReviewedOn()));
	}

}
