package org.a6portal.api.pacm;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a6portal.api.Csv;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.country.Region;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.PacmKinds;
import org.a6portal.pacm.Stage;
import org.a6portal.record.RecordPage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/pacm-activities} (JSON, paginated) and {@code /api/v1/pacm-activities.csv} (all rows); one activity
 * at {@code /api/v1/pacm-activities/{slug}} and {@code /api/v1/pacm-activities/{slug}.csv}, stamped with its own last
 * public change ({@link RecordPage}).
 */
@RestController
@Tag(name = "PACM activities", description = "Article 6.4 Paris Agreement Crediting Mechanism activities")
class PacmActivityApiController {

	static final String SLUG = "the activity's id (slug): lower-case letters, digits and hyphens; malformed is a 400,"
			+ " unknown or unpublished a 404";

	static final String COUNTRY = "alpha-2 code of a host Party (any case): the host, or one of a programme's other hosts";

	static final String REGION = "a host Party's region (the host, or one of a programme's other hosts): africa, asia,"
			+ " europe, latin_america_caribbean, northern_america, oceania";

	static final String FORM = "project, programme or component";

	static final String SECTOR = "code of the sector of the activity's type (/api/v1/sectors lists them); unknown is a 400";

	static final String ACTIVITY_TYPE = "code of the activity's type (/api/v1/sectors lists them); unknown is a 400";

	private final PacmActivityQueries activities;

	PacmActivityApiController(PacmActivityQueries activities) {
		this.activities = activities;
	}

	@GetMapping("/api/v1/pacm-activities")
	@Operation(summary = "Published PACM activities with their stage, by id")
	PagedList<PacmActivityRepresentation> list(
			@Parameter(description = COUNTRY) @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Stage stage, @RequestParam(required = false) @Nullable Origin origin,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable Region region,
			@Parameter(description = FORM) @RequestParam(required = false) @Nullable ActivityForm form,
			@Parameter(description = SECTOR) @RequestParam(required = false) @Nullable String sector,
			@Parameter(description = ACTIVITY_TYPE) @RequestParam(required = false) @Nullable String activityType,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return this.activities.list(new PacmActivityFilter(country, stage, origin, region, form, sector, activityType),
				Paging.of(page, size));
	}

	@GetMapping("/api/v1/pacm-activities/{slug}")
	@RecordPage(PacmKinds.PACM_ACTIVITY_TYPE)
	@Operation(summary = "A published PACM activity: its list entry, then its other hosts, transition facts, programme and components")
	@ApiResponse(responseCode = "200", description = "The activity")
	PacmActivityDetail show(@Parameter(description = SLUG, example = "pacm-mm-10415") @PathVariable String slug) {
		return this.activities.detail(slug);
	}

	@GetMapping("/api/v1/pacm-activities/{slug}.csv")
	@RecordPage(PacmKinds.PACM_ACTIVITY_TYPE)
	@Operation(summary = "A published PACM activity as a one-row CSV: the list's columns and its own")
	@ApiResponse(responseCode = "200", description = "The activity")
	ResponseEntity<byte[]> showCsv(@Parameter(description = SLUG, example = "pacm-mm-10415") @PathVariable String slug) {
		PacmActivityDetail activity = this.activities.detail(slug);
		return Csv.download("pacm-activity-" + activity.id() + ".csv", PacmActivityCsv.DETAIL_COLUMNS, List.of(activity));
	}

	@GetMapping("/api/v1/pacm-activities.csv")
	@Operation(summary = "All published PACM activities matching the filters, as CSV")
	ResponseEntity<byte[]> csv(
			@Parameter(description = COUNTRY) @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Stage stage, @RequestParam(required = false) @Nullable Origin origin,
			@Parameter(description = REGION) @RequestParam(required = false) @Nullable Region region,
			@Parameter(description = FORM) @RequestParam(required = false) @Nullable ActivityForm form,
			@Parameter(description = SECTOR) @RequestParam(required = false) @Nullable String sector,
			@Parameter(description = ACTIVITY_TYPE) @RequestParam(required = false) @Nullable String activityType) {
		return Csv.download("pacm-activities.csv", PacmActivityCsv.COLUMNS,
				this.activities.all(new PacmActivityFilter(country, stage, origin, region, form, sector, activityType)));
	}

}
