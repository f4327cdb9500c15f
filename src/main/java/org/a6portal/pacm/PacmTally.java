package org.a6portal.pacm;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How many of a country's activities share a stage, form and activity type, and their expected reductions per year.
 *
 * @param stage the stage
 * @param form the form, if recorded
 * @param activityTypeCode the activity type, if recorded
 * @param count how many activities
 * @param withReductions how many of them state expected reductions
 * @param expectedReductions the sum of their expected reductions per year (tCO2e), where stated
 * @param coHosted how many of them the country co-hosts (another Party is their first host)
 */
public record PacmTally(Stage stage, @Nullable ActivityForm form, @Nullable String activityTypeCode, long count, long withReductions,
		@Nullable BigDecimal expectedReductions, long coHosted) {
}
