package org.a6portal.api.ndc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.country.Region;
import org.a6portal.ndc.NdcKinds;
import org.a6portal.ndc.TargetType;
import org.a6portal.record.RecordPage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/ndc-targets} (JSON, paginated) and {@code /api/v1/ndc-targets.csv} (all rows); one NDC target set
 * (a country's targets of one NDC version) at {@code /api/v1/ndc-targets/{slug}} and {@code …/{slug}.csv}, dated by
 * the set's own last public change.
 */
@RestController
@Tag(name = "NDC targets", description = "Targets in the countries' nationally determined contributions")
class NdcTargetApiController {

	static final String REGION = "region of the country (UN M49, as /api/v1/countries names it)";

	static final String TARGET_YEAR = "the year the target is for (four digits, 1900 to 2199)";

	static final String CONDITIONAL = "true: conditional targets only; false: unconditional targets only (targets whose"
			+ " source does not say match neither)";

	static final String NET_ZERO_YEAR = "the net-zero year the target names (four digits, 1900 to 2199)";

	private final NdcTargetQueries targets;

	NdcTargetApiController(NdcTargetQueries targets) {
		this.targets = targets;
	}

	@GetMapping("/api/v1/ndc-targets")
	@Operation(summary = "Published NDC targets with their NDC version, by country and version (current first)")
	PagedList<NdcTargetRepresentation> list(
			@Parameter(description = "alpha-2 code of the country (any case)") @RequestParam(required = false) @Nullable String country,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable Region region,
			@RequestParam(required = false) @Nullable TargetType targetType,
			@Parameter(description = TARGET_YEAR) @RequestParam(required = false) @Nullable Integer targetYear,
			@Parameter(description = CONDITIONAL) @RequestParam(required = false) @Nullable String conditional,
			@Parameter(description = NET_ZERO_YEAR) @RequestParam(required = false) @Nullable Integer netZeroYear,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.targets.list(new NdcTargetFilter(country, region, targetType, targetYear, conditional, netZeroYear),
				Paging.of(page, size));
	}

	@GetMapping("/api/v1/ndc-targets.csv")
	@Operation(summary = "All published NDC targets matching the filters, as CSV")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "alpha-2 code of the country (any case)") @RequestParam(required = false) @Nullable String country,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable Region region,
			@RequestParam(required = false) @Nullable TargetType targetType,
			@Parameter(description = TARGET_YEAR) @RequestParam(required = false) @Nullable Integer targetYear,
			@Parameter(description = CONDITIONAL) @RequestParam(required = false) @Nullable String conditional,
			@Parameter(description = NET_ZERO_YEAR) @RequestParam(required = false) @Nullable Integer netZeroYear) {
		return Csv.download("ndc-targets.csv", NdcTargetCsv.COLUMNS,
				this.targets.all(new NdcTargetFilter(country, region, targetType, targetYear, conditional, netZeroYear)));
	}

	@GetMapping("/api/v1/ndc-targets/{slug}")
	@RecordPage(NdcKinds.NDC_TARGET_TYPE)
	@Operation(summary = "One NDC target set: a country's published targets of one NDC version, with the version "
			+ "and its documents in the UNFCCC registry (the id is the set's, as ndc.id names it in the list)")
	NdcTargetSetRepresentation set(@Parameter(description = "the set's id, e.g. ndc-pe-2025") @PathVariable String slug) {
		return this.targets.set(slug);
	}

	@GetMapping("/api/v1/ndc-targets/{slug}.csv")
	@RecordPage(NdcKinds.NDC_TARGET_TYPE)
	@Operation(summary = "The targets of one NDC target set, as CSV (the columns of /api/v1/ndc-targets.csv)")
	ResponseEntity<byte[]> setCsv(@Parameter(description = "the set's id, e.g. ndc-pe-2025") @PathVariable String slug) {
		return Csv.download(slug + ".csv", NdcTargetCsv.COLUMNS, this.targets.set(slug).targets());
	}

}
