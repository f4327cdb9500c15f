package org.a6portal.api.ndc;

import org.a6portal.api.InvalidParameterException;
import org.a6portal.country.Region;
import org.a6portal.ndc.NdcTargetCriteria;
import org.a6portal.ndc.TargetType;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the NDC-target list, as the request sent them; {@code null} means "any". The overview page
 * {@code /ndc-targets} takes the same names with the same meaning ({@link NdcTargetCriteria}).
 *
 * @param country the alpha-2 code of the country, as the request sent it
 * @param region the country's region
 * @param targetType how the target is expressed
 * @param targetYear the year the target is for
 * @param conditional {@code true}: conditional targets only; {@code false}: unconditional ones only
 * @param netZeroYear the net-zero year the target names
 */
public record NdcTargetFilter(@Nullable String country, @Nullable Region region, @Nullable TargetType targetType,
		@Nullable Integer targetYear, @Nullable String conditional, @Nullable Integer netZeroYear) {

	/** The criteria, the country given by its checked upper-case code. */
	NdcTargetCriteria criteria(@Nullable String iso2) {
		return new NdcTargetCriteria(iso2, this.region, this.targetType, year("targetYear", this.targetYear),
				conditional(this.conditional), year("netZeroYear", this.netZeroYear));
	}

	/** {@code true} or {@code false} (any case), nothing else: a filter that guessed would list the wrong targets. */
	private static @Nullable Boolean conditional(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new InvalidParameterException("conditional", value.substring(0, Math.min(40, value.length())),
					"conditional must be true or false.", java.util.List.of("true", "false"));
		};
	}

	private static @Nullable Integer year(String parameter, @Nullable Integer year) {
		if (year != null && (year < NdcTargetCriteria.FIRST_YEAR || year > NdcTargetCriteria.LAST_YEAR)) {
			throw new InvalidParameterException(parameter, year.toString(), parameter + " must be a year from "
					+ NdcTargetCriteria.FIRST_YEAR + " to " + NdcTargetCriteria.LAST_YEAR + ", not " + year + ".");
		}
		return year;
	}

}
