package org.a6portal.api.initialreport;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.country.Region;
import org.a6portal.record.RecordPage;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentKinds;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/initial-reports} (JSON, paginated) and {@code /api/v1/initial-reports.csv} (all rows); one report at
 * {@code /api/v1/initial-reports/{slug}} and {@code /api/v1/initial-reports/{slug}.csv}, stamped with its own last
 * public change ({@link RecordPage}).
 */
@RestController
@Tag(name = "Initial reports", description = "Article 6.2 initial reports of the Parties")
class InitialReportApiController {

	static final String SLUG = "the report's id (slug): lower-case letters, digits and hyphens; malformed is a 400,"
			+ " unknown or unpublished a 404";

	static final String REGION = "region of the reporting Party (UN M49, as /api/v1/countries names it)";

	private final InitialReportQueries reports;

	InitialReportApiController(InitialReportQueries reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/initial-reports")
	@Operation(summary = "Published Article 6.2 initial reports with their Party and the approaches they describe, by id")
	PagedList<InitialReportRepresentation> list(
			@Parameter(description = "alpha-2 code of the reporting Party (any case)") @RequestParam(required = false) @Nullable String country,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable Region region,
			@RequestParam(required = false) @Nullable ReviewStatus reviewStatus, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.reports.list(new InitialReportFilter(country, region, reviewStatus), Paging.of(page, size));
	}

	@GetMapping("/api/v1/initial-reports.csv")
	@Operation(summary = "All published initial reports matching the filters, as CSV")
	ResponseEntity<byte[]> csv(
			@Parameter(description = "alpha-2 code of the reporting Party (any case)") @RequestParam(required = false) @Nullable String country,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable Region region,
			@RequestParam(required = false) @Nullable ReviewStatus reviewStatus) {
		return Csv.download("initial-reports.csv", InitialReportCsv.COLUMNS,
				this.reports.all(new InitialReportFilter(country, region, reviewStatus)));
	}

	@GetMapping("/api/v1/initial-reports/{slug}")
	@RecordPage(SustainableDevelopmentKinds.INITIAL_REPORT_TYPE)
	@Operation(summary = "A published initial report: the same representation as in the list")
	@ApiResponse(responseCode = "200", description = "The report")
	InitialReportRepresentation show(@Parameter(description = SLUG, example = "ir-gh-1") @PathVariable String slug) {
		return this.reports.detail(slug);
	}

	@GetMapping("/api/v1/initial-reports/{slug}.csv")
	@RecordPage(SustainableDevelopmentKinds.INITIAL_REPORT_TYPE)
	@Operation(summary = "A published initial report as a one-row CSV")
	@ApiResponse(responseCode = "200", description = "The report")
	ResponseEntity<byte[]> showCsv(@Parameter(description = SLUG, example = "ir-gh-1") @PathVariable String slug) {
		InitialReportRepresentation report = this.reports.detail(slug);
		return Csv.download("initial-report-" + report.id() + ".csv", InitialReportCsv.COLUMNS, List.of(report));
	}

}
