package org.a6portal.api.country;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.country.Country;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/countries} and {@code /api/v1/countries/{code}}, as JSON and CSV. A country is named by its alpha-2
 * code in any case, its alpha-3 code or its name slug; only the lower-case alpha-2 URL is canonical, the others are
 * redirected there (301) by the rule every country route follows
 * ({@link org.a6portal.country.CanonicalCountryUrls}).
 */
@RestController
@Tag(name = "Countries", description = "Countries and everything the portal publishes about each")
class CountryApiController {

	private final CountryQueries countries;

	CountryApiController(CountryQueries countries) {
		this.countries = countries;
	}

	@GetMapping("/api/v1/countries")
	@Operation(summary = "Every country, with its counts of published Article 6 records, by alpha-2 code")
	PagedList<CountrySummaryRepresentation> list(@RequestParam(required = false) @Nullable Region region,
			@Parameter(description = "text the English, Spanish or French name contains (accents and case ignored), or an alpha-2 or alpha-3 code")
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.countries.list(new CountryFilter(region, q), Paging.of(page, size));
	}

	@GetMapping("/api/v1/countries.csv")
	@Operation(summary = "Every country matching the filters, as CSV")
	ResponseEntity<byte[]> listCsv(@RequestParam(required = false) @Nullable Region region,
			@Parameter(description = "text the English, Spanish or French name contains (accents and case ignored), or an alpha-2 or alpha-3 code")
			@RequestParam(required = false) @Nullable String q) {
		return Csv.download("countries.csv", CountryCsv.COLUMNS, this.countries.all(new CountryFilter(region, q)));
	}

	@GetMapping("/api/v1/countries/{code}")
	@Operation(summary = "A country with every section of its profile: published records only")
	@ApiResponse(responseCode = "200", description = "The country")
	@ApiResponse(responseCode = "301", description = "Named by its alpha-3 code, its slug or an upper-case code: "
			+ "Location gives the canonical URL (lower-case alpha-2)")
	ResponseEntity<CountryRepresentation> show(
			@Parameter(description = "lower-case alpha-2 code (canonical); other case, alpha-3 code or name slug redirect", example = "pe")
			@PathVariable String code, @Parameter(hidden = true) Country country) {
		return ResponseEntity.ok(this.countries.detail(country));
	}

	@GetMapping("/api/v1/countries/{code}.csv")
	@Operation(summary = "A country's published records as one CSV, one row per record with its record_type")
	@ApiResponse(responseCode = "200", description = "The country's records")
	@ApiResponse(responseCode = "301", description = "Named by its alpha-3 code, its slug or an upper-case code: "
			+ "Location gives the canonical URL (lower-case alpha-2)")
	ResponseEntity<byte[]> showCsv(
			@Parameter(description = "lower-case alpha-2 code (canonical); other case, alpha-3 code or name slug redirect", example = "pe")
			@PathVariable String code, @Parameter(hidden = true) Country country) {
		return CountryCsv.records(this.countries.detail(country)).download("country-" + country.getCode() + ".csv");
	}

}
