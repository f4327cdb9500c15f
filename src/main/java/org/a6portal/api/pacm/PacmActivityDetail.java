package org.a6portal.api.pacm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.a6portal.api.ActivityTypeReference;
import org.a6portal.api.CodeOf;
import org.a6portal.api.CountryReference;
import org.a6portal.api.RecordLinks;
import org.a6portal.api.RecordReference;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.MethodologyChoice;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.Scale;
import org.a6portal.pacm.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One PACM activity, {@code /api/v1/pacm-activities/{id}}: every property of its entry in the list, then the facts
 * of its transition (host approval, Article 6 period, methodology choice), its other hosts, its programme and, for a
 * programme, its components.
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
 * @param otherHosts the hosts of a programme beyond {@code host}, each with its page and API resource
 * @param hostApprovedOn when the host Party approved its transition
 * @param a6PeriodFrom start of the period its host authorised under Article 6
 * @param a6PeriodTo end of that period
 * @param methodologyChoice whether it keeps its CDM methodology or moves to an Article 6.4 one
 * @param activityTypeInSource the activity type in the source's own words
 * @param programme a component's programme, where its title names one that is published
 * @param components a programme's published components, by title
 */
public record PacmActivityDetail(String id, String title, CountryReference host, @CodeOf(Origin.class) String origin,
		@CodeOf(ActivityForm.class) @Nullable String form, @CodeOf(Stage.class) String stage,
		@Nullable LocalDate stageOn, @Nullable ActivityTypeReference activityType, @Nullable String methodology,
		@CodeOf(Scale.class) @Nullable String scale, @Nullable BigDecimal expectedReductionsTco2ePerYear,
		@Nullable LocalDate creditingStart, @Nullable LocalDate creditingEnd, @Nullable String unfcccReference,
		@Nullable LocalDate pcnSubmittedOn, @Nullable String notes, SourceRepresentation source,
		LocalDate lastReviewedOn, RecordLinks links, List<CountryReference> otherHosts,
		@Nullable LocalDate hostApprovedOn, @Nullable LocalDate a6PeriodFrom, @Nullable LocalDate a6PeriodTo,
		@CodeOf(MethodologyChoice.class) @Nullable String methodologyChoice, @Nullable String activityTypeInSource,
		@Nullable RecordReference programme, List<RecordReference> components) {

	/** Its entry in the list, for the CSV's columns. */
	PacmActivityRepresentation entry() {
		return new PacmActivityRepresentation(this.id, this.title, this.host, this.origin, this.form, this.stage,
				this.stageOn, this.activityType, this.methodology, this.scale, this.expectedReductionsTco2ePerYear,
				this.creditingStart, this.creditingEnd, this.unfcccReference, this.pcnSubmittedOn, this.notes,
				this.source, this.lastReviewedOn, this.links);
	}

}
