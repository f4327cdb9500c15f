package org.a6portal.ndc;

import java.util.Map;

import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * Which published NDC targets a list shows, with the same names and meaning on the overview page
 * ({@code /ndc-targets}) and in the API ({@code /api/v1/ndc-targets} and its CSV); {@code null} means "any".
 *
 * @param country the upper-case alpha-2 code of the country
 * @param region the country's region
 * @param targetType how the target is expressed
 * @param targetYear the year the target is for
 * @param conditional conditional targets only ({@code true}) or unconditional ones only ({@code false}); targets whose
 * source does not say match neither
 * @param netZeroYear the net-zero year the target names
 */
public record NdcTargetCriteria(@Nullable String country, @Nullable Region region, @Nullable TargetType targetType,
		@Nullable Integer targetYear, @Nullable Boolean conditional, @Nullable Integer netZeroYear) {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2199;

	public static NdcTargetCriteria none() {
		return new NdcTargetCriteria(null, null, null, null, null, null);
	}

	public boolean any() {
		return this.country != null || this.region != null || this.targetType != null || this.targetYear != null
				|| this.conditional != null || this.netZeroYear != null;
	}

	/**
	 * The SQL conditions of these criteria over {@code ndc_target t}, {@code ndc_submission s} and {@code country c},
	 * published targets only; values are bound as named parameters, never written into the text.
	 */
	public String where(Map<String, Object> parameters) {
		StringBuilder sql = new StringBuilder("t.publication_status = 'published'");
		if (this.country != null) {
			sql.append(" AND s.country_iso2 = :country");
			parameters.put("country", this.country);
		}
		if (this.region != null) {
			sql.append(" AND c.region = :region");
			parameters.put("region", this.region.code());
		}
		if (this.targetType != null) {
			sql.append(" AND t.target_type = :targetType");
			parameters.put("targetType", this.targetType.code());
		}
		if (this.targetYear != null) {
			sql.append(" AND t.target_year = :targetYear");
			parameters.put("targetYear", this.targetYear);
		}
		if (this.conditional != null) {
			sql.append(" AND t.conditional = :conditional");
			parameters.put("conditional", this.conditional);
		}
		if (this.netZeroYear != null) {
			sql.append(" AND t.net_zero_year = :netZeroYear");
			parameters.put("netZeroYear", this.netZeroYear);
		}
		return sql.toString();
	}

}
