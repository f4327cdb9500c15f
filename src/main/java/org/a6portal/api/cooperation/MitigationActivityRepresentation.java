package org.a6portal.api.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.a6portal.api.ActivityTypeReference;
import org.a6portal.api.CodeOf;
import org.a6portal.api.Codes;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.cooperation.AuthorizedUse;
import org.a6portal.cooperation.MitigationActivity;
import org.jspecify.annotations.Nullable;

/**
 * A mitigation activity under a cooperative approach, and what its host authorised.
 *
 * @param id its stable id (slug)
 * @param title its title
 * @param activityType its activity type and sector, where known
 * @param authorizedOn when the host authorised its outcomes
 * @param authorizedUse what for: {@code ndc}, {@code oimp} or {@code ndc_and_oimp}
 * @param expectedItmosTco2e expected ITMOs, in tCO2e
 * @param description a description (Markdown)
 * @param source where the facts come from
 * @param lastReviewedOn when an editor last confirmed the record
 */
public record MitigationActivityRepresentation(String id, String title, @Nullable ActivityTypeReference activityType,
		@Nullable LocalDate authorizedOn, @CodeOf(AuthorizedUse.class) @Nullable String authorizedUse,
		@Nullable BigDecimal expectedItmosTco2e, @Nullable String description, SourceRepresentation source,
		LocalDate lastReviewedOn) {

	static MitigationActivityRepresentation of(MitigationActivity activity) {
		return new MitigationActivityRepresentation(activity.getSlug(), activity.getTitle(),
				ActivityTypeReference.of(activity.getActivityType()), activity.getAuthorizedOn(),
				Codes.of(activity.getAuthorizedUse()), activity.getExpectedItmosTco2e(), activity.getDescription(),
				SourceRepresentation.of(activity), Objects.requireNonNull(activity.getLastReviewedOn()));
	}

}
