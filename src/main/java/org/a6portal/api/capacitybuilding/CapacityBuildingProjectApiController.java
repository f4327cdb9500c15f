package org.a6portal.api.capacitybuilding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/capacity-building-projects} (JSON, paginated) and {@code /api/v1/capacity-building-projects.csv}
 * (all rows).
 */
@RestController
@Tag(name = "Capacity building", description = "Projects that help governments get ready for Article 6")
class CapacityBuildingProjectApiController {

	static final String COUNTRY = "alpha-2 code of a country the project involves (any case)";

	static final String REGION = "a region (UN M49, as /api/v1/countries names it) one of the project's countries lies in";

	static final String ORGANISATION = "the project's lead organisation or funder, exactly as a published project names it (another"
			+ " name is a 400)";

	static final String YEAR = "a year the project runs in: it started by the end of that year and ends (if it names an"
			+ " end) no earlier than its first day; a project with no start date matches no year. 1900 to 2199";

	private final CapacityBuildingProjectQueries projects;

	CapacityBuildingProjectApiController(CapacityBuildingProjectQueries projects) {
		this.projects = projects;
	}

	@GetMapping("/api/v1/capacity-building-projects")
	@Operation(summary = "Published capacity-building projects with the countries they involve, by id")
	PagedList<CapacityBuildingProjectRepresentation> list(
			@Parameter(description = COUNTRY) @RequestParam(required = false) @Nullable String country,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable Region region,
			@Parameter(description = ORGANISATION) @RequestParam(required = false) @Nullable String organisation,
			@Parameter(description = YEAR) @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.projects.list(new CapacityBuildingProjectFilter(country, region, organisation, year),
				Paging.of(page, size));
	}

	@GetMapping("/api/v1/capacity-building-projects.csv")
	@Operation(summary = "All published capacity-building projects matching the filter, as CSV")
	ResponseEntity<byte[]> csv(
			@Parameter(description = COUNTRY) @RequestParam(required = false) @Nullable String country,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable Region region,
			@Parameter(description = ORGANISATION) @RequestParam(required = false) @Nullable String organisation,
			@Parameter(description = YEAR) @RequestParam(required = false) @Nullable Integer year) {
		return Csv.download("capacity-building-projects.csv", CapacityBuildingProjectCsv.COLUMNS,
				this.projects.all(new CapacityBuildingProjectFilter(country, region, organisation, year)));
	}

}
