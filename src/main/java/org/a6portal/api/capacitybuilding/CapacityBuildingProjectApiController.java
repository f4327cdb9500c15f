package org.a6portal.api.capacitybuilding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
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

	private final CapacityBuildingProjectQueries projects;

	CapacityBuildingProjectApiController(CapacityBuildingProjectQueries projects) {
		this.projects = projects;
	}

	@GetMapping("/api/v1/capacity-building-projects")
	@Operation(summary = "Published capacity-building projects with the countries they involve, by id")
	PagedList<CapacityBuildingProjectRepresentation> list(
			@Parameter(description = "alpha-2 code of a country the project involves (any case)") @RequestParam(required = false) @Nullable String country,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.projects.list(country, Paging.of(page, size));
	}

	@GetMapping("/api/v1/capacity-building-projects.csv")
	@Operation(summary = "All published capacity-building projects matching the filter, as CSV")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "alpha-2 code of a country the project involves (any case)") @RequestParam(required = false) @Nullable String country) {
		return Csv.download("capacity-building-projects.csv", CapacityBuildingProjectCsv.COLUMNS, this.projects.all(country));
	}

}
