package org.a6portal.sustainabledevelopment;

import java.util.Map;

import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * Which published initial reports a list shows, with the same names and meaning on the overview page
 * ({@code /initial-reports}) and in the API ({@code /api/v1/initial-reports} and its CSV); {@code null} means "any".
 *
 * @param country the upper-case alpha-2 code of the reporting Party
 * @param region the Party's region
 * @param reviewStatus where the report stands in its review
 */
public record InitialReportCriteria(@Nullable String country, @Nullable Region region,
		@Nullable ReviewStatus reviewStatus) {

	/** The SQL conditions over {@code initial_report r} and {@code country c}; values bound as named parameters. */
	public String where(Map<String, Object> parameters) {
		StringBuilder sql = new StringBuilder("r.publication_status = 'published'");
		if (this.country != null) {
			sql.append(" AND r.country_iso2 = :country");
			parameters.put("country", this.country);
		}
		if (this.region != null) {
			sql.append(" AND c.region = :region");
			parameters.put("region", this.region.code());
		}
		if (this.reviewStatus != null) {
			sql.append(" AND r.review_status = :reviewStatus");
			parameters.put("reviewStatus", this.reviewStatus.code());
		}
		return sql.toString();
	}

}
