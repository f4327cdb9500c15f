package org.a6portal.capacitybuilding;

import java.time.LocalDate;
import java.util.Map;

import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * Which published capacity-building projects a list shows, with the same names and meaning on the directory page
 * ({@code /capacity-building}) and in the API ({@code /api/v1/capacity-building-projects} and its CSV); {@code null}
 * means "any".
 *
 * @param country the upper-case alpha-2 code of a country the project involves
 * @param region a region one of the project's countries lies in
 * @param organisation the project's lead organisation or funder, exactly as the project names it
 * @param year a year the project runs in: it started on or before its last day and ends on or after its first day (or
 * names no end); a project with no start date matches no year
 */
public record CapacityBuildingCriteria(@Nullable String country, @Nullable Region region, @Nullable String organisation,
		@Nullable Integer year) {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2199;

	/** Longer than any organisation's name. */
	public static final int MAX_ORGANISATION = 300;

	/** The first day of the year, or {@code null}. */
	public @Nullable LocalDate yearStart() {
		return (this.year != null) ? LocalDate.of(this.year, 1, 1) : null;
	}

	/** The last day of the year, or {@code null}. */
	public @Nullable LocalDate yearEnd() {
		return (this.year != null) ? LocalDate.of(this.year, 12, 31) : null;
	}

	/** The SQL conditions over {@code capacity_building_project p}; values bound as named parameters. */
	public String where(Map<String, Object> parameters) {
		StringBuilder sql = new StringBuilder("p.publication_status = 'published'");
		if (this.country != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM capacity_building_country x WHERE x.project_id = p.id"
					+ " AND x.country_iso2 = :country)");
			parameters.put("country", this.country);
		}
		if (this.region != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM capacity_building_country x JOIN country xc ON xc.iso2 = x.country_iso2"
					+ " WHERE x.project_id = p.id AND xc.region = :region)");
			parameters.put("region", this.region.code());
		}
		if (this.organisation != null) {
			sql.append(" AND (p.lead_organisation = :organisation OR p.funder = :organisation)");
			parameters.put("organisation", this.organisation);
		}
		if (this.year != null) {
			sql.append(" AND p.started_on <= :yearEnd AND (p.ends_on IS NULL OR p.ends_on >= :yearStart)");
			parameters.put("yearStart", yearStart());
			parameters.put("yearEnd", yearEnd());
		}
		return sql.toString();
	}

}
