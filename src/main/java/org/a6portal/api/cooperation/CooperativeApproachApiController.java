package org.a6portal.api.cooperation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.api.Years;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.record.RecordPage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cooperative-approaches} (JSON, paginated) and {@code /api/v1/cooperative-approaches.csv} (all rows);
 * one approach at {@code /api/v1/cooperative-approaches/{slug}} and {@code /api/v1/cooperative-approaches/{slug}.csv},
 * stamped with its own last public change ({@link RecordPage}).
 */
@RestController
@Tag(name = "Cooperative approaches", description = "Article 6.2 cooperative approaches")
class CooperativeApproachApiController {

	static final String SLUG = "the approach's id (slug): lower-case letters, digits and hyphens; malformed is a 400,"
			+ " unknown or unpublished a 404";

	static final String ROLE = "the role the country Party has in the approach: transferring or acquiring (without"
			+ " country, no filter)";

	static final String YEAR = "the year the approach was signed, such as 2021";

	private final CooperativeApproachQueries approaches;

	CooperativeApproachApiController(CooperativeApproachQueries approaches) {
		this.approaches = approaches;
	}

	@GetMapping("/api/v1/cooperative-approaches")
	@Operation(summary = "Published cooperative approaches with their Parties, sectors, activities and transfers, by id")
	PagedList<CooperativeApproachRepresentation> list(
			@Parameter(description = "alpha-2 code of a Party (any case)") @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ApproachStatus status,
			@RequestParam(required = false) @Nullable Instrument instrument,
			@Parameter(description = ROLE) @RequestParam(required = false) @Nullable PartyRole role,
			@Parameter(description = YEAR) @RequestParam(required = false) @Nullable String year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.approaches.list(new CooperativeApproachFilter(country, status, instrument, role, Years.parse("year", year)),
				Paging.of(page, size));
	}

	@GetMapping("/api/v1/cooperative-approaches/{slug}")
	@RecordPage(CooperationKinds.COOPERATIVE_APPROACH_TYPE)
	@Operation(summary = "A published cooperative approach: its list entry, then its ITMO events")
	@ApiResponse(responseCode = "200", description = "The approach")
	CooperativeApproachDetail show(@Parameter(description = SLUG, example = "ca-ch-pe") @PathVariable String slug) {
		return this.approaches.detail(slug);
	}

	@GetMapping("/api/v1/cooperative-approaches/{slug}.csv")
	@RecordPage(CooperationKinds.COOPERATIVE_APPROACH_TYPE)
	@Operation(summary = "A published cooperative approach as one CSV: its row, then its mitigation activities, ITMO"
			+ " transfers and ITMO events, each row with its record_type")
	@ApiResponse(responseCode = "200", description = "The approach")
	ResponseEntity<byte[]> showCsv(@Parameter(description = SLUG, example = "ca-ch-pe") @PathVariable String slug) {
		CooperativeApproachDetail approach = this.approaches.detail(slug);
		return CooperativeApproachCsv.detail(approach).download("cooperative-approach-" + approach.id() + ".csv");
	}

	@GetMapping("/api/v1/cooperative-approaches.csv")
	@Operation(summary = "All published cooperative approaches matching the filters, as CSV")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "alpha-2 code of a Party (any case)") @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ApproachStatus status,
			@RequestParam(required = false) @Nullable Instrument instrument,
			@Parameter(description = ROLE) @RequestParam(required = false) @Nullable PartyRole role,
			@Parameter(description = YEAR) @RequestParam(required = false) @Nullable String year) {
		return Csv.download("cooperative-approaches.csv", CooperativeApproachCsv.COLUMNS,
				this.approaches.all(new CooperativeApproachFilter(country, status, instrument, role, Years.parse("year", year))));
	}

}
