package org.a6portal.api.pacm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.a6portal.api.ActivityTypeReference;
import org.a6portal.api.CodeOf;
import org.a6portal.api.Codes;
import org.a6portal.api.CountryReference;
import org.a6portal.api.RecordLinks;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.country.Country;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.Scale;
import org.a6portal.pacm.Stage;
import org.jspecify.annotations.Nullable;

/**
 * An Article 6.4 (PACM) activity and its stage in the UNFCCC process.
 *
 * @param id its stable id (slug)
 * @param title its title
 * @param host the host Party
 * @param origin {@code cdm_transition} or {@code new_activity}
 * @param form project, programme or component
 * @param stage its stage
 * @param stageOn when it reached that stage
 * @param activityType its activity type and sector, where known
 * @param methodology the methodology it applies
 * @param scale small or large
 * @param expectedReductionsTco2ePerYear expected reductions, in tCO2e per year
 * @param creditingStart start of the crediting period
 * @param creditingEnd end of the crediting period
 * @param unfcccReference its UNFCCC reference ({@code CDM PoA 10415})
 * @param pcnSubmittedOn when its prior consideration notification was sent
 * @param notes notes (Markdown)
 * @param source where the facts come from
 * @param lastReviewedOn when an editor last confirmed the record
 * @param links its own page, API resource, CSV, feed of public changes and embed
 */
public record PacmActivityRepresentation(String id, String title, CountryReference host,
		@CodeOf(Origin.class) String origin, @CodeOf(ActivityForm.class) @Nullable String form,
		@CodeOf(Stage.class) String stage, @Nullable LocalDate stageOn, @Nullable ActivityTypeReference activityType,
		@Nullable String methodology, @CodeOf(Scale.class) @Nullable String scale,
		@Nullable BigDecimal expectedReductionsTco2ePerYear, @Nullable LocalDate creditingStart,
		@Nullable LocalDate creditingEnd, @Nullable String unfcccReference, @Nullable LocalDate pcnSubmittedOn,
		@Nullable String notes, SourceRepresentation source, LocalDate lastReviewedOn, RecordLinks links) {

	/**
	 * @param activity the activity, its activity type and sector loaded
	 * @param countries at least its host, by upper-case alpha-2 code
	 */
	public static PacmActivityRepresentation of(PacmActivity activity, Map<String, Country> countries) {
		return new PacmActivityRepresentation(activity.getSlug(), activity.getTitle(),
				CountryReference.of(activity.getHostIso2(), countries), activity.getOrigin().code(),
				Codes.of(activity.getForm()), activity.getStage().code(), activity.getStageOn(),
				ActivityTypeReference.of(activity.getActivityType()), activity.getMethodology(), Codes.of(activity.getScale()),
				activity.getExpectedReductionsTco2ePerYear(), activity.getCreditingStart(), activity.getCreditingEnd(),
				activity.getUnfcccReference(), activity.getPcnSubmittedOn(), activity.getNotes(),
				SourceRepresentation.of(activity), Objects.requireNonNull(activity.getLastReviewedOn()),
				RecordLinks.pacmActivity(activity.getSlug()));
	}

}
