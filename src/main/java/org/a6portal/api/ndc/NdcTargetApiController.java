package org.a6portal.api.ndc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.ndc.TargetType;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/ndc-targets} (JSON, paginated) and {@code /api/v1/ndc-targets.csv} (all rows).
 */
@RestController
@Tag(name = "NDC targets", description = "Targets in the countries' nationally determined contributions")
class NdcTargetApiController {

	private final NdcTargetQueries targets;

	NdcTargetApiController(NdcTargetQueries targets) {
		this.targets = targets;
	}

	@GetMapping("/api/v1/ndc-targets")
	@Operation(summary = "Published NDC targets with their NDC version, by country and version (current first)")
	PagedList<NdcTargetRepresentation> list(
			@Parameter(description = "alpha-2 code of the country (any case)") @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable TargetType targetType, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.targets.list(new NdcTargetFilter(country, targetType), Paging.of(page, size));
	}

	@GetMapping("/api/v1/ndc-targets.csv")
	@Operation(summary = "All published NDC targets matching the filters, as CSV")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "alpha-2 code of the country (any case)") @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable TargetType targetType) {
		return Csv.download("ndc-targets.csv", NdcTargetCsv.COLUMNS, this.targets.all(new NdcTargetFilter(country, targetType)));
	}

}
