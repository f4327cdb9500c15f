package org.a6portal.api.ndc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.a6portal.api.CodeOf;
import org.a6portal.api.CountryReference;
import org.a6portal.api.SourceRepresentation;
import org.a6portal.country.Country;
import org.a6portal.ndc.Lulucf;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.TargetType;
import org.jspecify.annotations.Nullable;

/**
 * A target in a country's NDC. A conditional target states the total, unconditional part included.
 *
 * @param id its stable id (slug)
 * @param country the country
 * @param ndc the NDC version it belongs to
 * @param targetType how it is expressed
 * @param targetYear the year it is for
 * @param reductionPct the reduction, in percent
 * @param reductionPctUpper the upper end of a range of reductions, in percent
 * @param conditional whether it depends on international support ({@code null} where the source does not say)
 * @param baseYear the base year
 * @param referenceEmissionsMtco2e base-year or business-as-usual emissions, in MtCO2e
 * @param lulucf whether land use and forestry count
 * @param netZeroYear the year of net zero
 * @param notes notes (Markdown)
 * @param source where the facts come from
 * @param lastReviewedOn when an editor last confirmed the record
 */
public record NdcTargetRepresentation(String id, CountryReference country, NdcReference ndc,
		@CodeOf(TargetType.class) String targetType, @Nullable Integer targetYear, @Nullable BigDecimal reductionPct,
		@Nullable BigDecimal reductionPctUpper, @Nullable Boolean conditional, @Nullable Integer baseYear,
		@Nullable BigDecimal referenceEmissionsMtco2e, @CodeOf(Lulucf.class) String lulucf, @Nullable Integer netZeroYear,
		@Nullable String notes, SourceRepresentation source, LocalDate lastReviewedOn) {

	/**
	 * @param target the target, its NDC version loaded
	 * @param countries at least its country, by upper-case alpha-2 code
	 */
	public static NdcTargetRepresentation of(NdcTarget target, Map<String, Country> countries) {
		return new NdcTargetRepresentation(target.getSlug(),
				CountryReference.of(target.getSubmission().getCountryIso2(), countries), NdcReference.of(target.getSubmission()),
				target.getTargetType().code(), year(target.getTargetYear()), target.getReductionPct(),
				target.getReductionPctUpper(), target.getConditional(), year(target.getBaseYear()),
				target.getReferenceEmissionsMtco2e(), target.getLulucf().code(), year(target.getNetZeroYear()),
				target.getNotes(), SourceRepresentation.of(target), Objects.requireNonNull(target.getLastReviewedOn()));
	}

	private static @Nullable Integer year(@Nullable Short year) {
		return (year != null) ? year.intValue() : null;
	}

}
