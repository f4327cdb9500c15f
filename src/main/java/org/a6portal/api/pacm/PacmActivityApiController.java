package org.a6portal.api.pacm;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.Stage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/pacm-activities} (JSON, paginated) and {@code /api/v1/pacm-activities.csv} (all rows).
 */
@RestController
@Tag(name = "PACM activities", description = "Article 6.4 Paris Agreement Crediting Mechanism activities")
class PacmActivityApiController {

	private final PacmActivityQueries activities;

	PacmActivityApiController(PacmActivityQueries activities) {
		this.activities = activities;
	}

	@GetMapping("/api/v1/pacm-activities")
	@Operation(summary = "Published PACM activities with their stage, by id")
	PagedList<PacmActivityRepresentation> list(
			@Parameter(description = "alpha-2 code of the host Party (any case)") @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Stage stage, @RequestParam(required = false) @Nullable Origin origin,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.activities.list(new PacmActivityFilter(country, stage, origin), Paging.of(page, size));
	}

	@GetMapping("/api/v1/pacm-activities.csv")
	@Operation(summary = "All published PACM activities matching the filters, as CSV")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "alpha-2 code of the host Party (any case)") @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Stage stage, @RequestParam(required = false) @Nullable Origin origin) {
		return Csv.download("pacm-activities.csv", PacmActivityCsv.COLUMNS,
				this.activities.all(new PacmActivityFilter(country, stage, origin)));
	}

}
