package org.a6portal.overview.pacm;

import org.a6portal.country.Region;
import org.a6portal.overview.ListParameters;
import org.a6portal.overview.QueryString;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.Stage;
import org.a6portal.worldmap.Measure;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked of the PACM pipeline, read strictly from the query string with the API's parameter names
 * ({@code country, region, stage, form, origin, sector, activityType}), then the page's own ({@code sort, dir, page,
 * measure}). Codes are checked for form here; whether a country, sector or activity type has the code, by the page.
 *
 * @param country upper-case alpha-2 code of a host (host or other host), or {@code null}
 * @param region a host's region, or {@code null}
 * @param stage the stage, or {@code null}
 * @param form the form, or {@code null}
 * @param origin the origin, or {@code null}
 * @param sector a sector code, or {@code null}
 * @param activityType an activity-type code, or {@code null}
 * @param sort the sort key
 * @param descending the direction
 * @param page the page, from 1
 * @param measure what the map counts
 */
public record PipelineQuery(@Nullable String country, @Nullable Region region, @Nullable Stage stage,
		@Nullable ActivityForm form, @Nullable Origin origin, @Nullable String sector, @Nullable String activityType,
		Sort sort, boolean descending, int page, Measure measure) {

	static final int PAGE_SIZE = 50;

	static PipelineQuery parse(@Nullable String country, @Nullable String region, @Nullable String stage,
			@Nullable String form, @Nullable String origin, @Nullable String sector, @Nullable String activityType,
			@Nullable String sort, @Nullable String dir, @Nullable String page, @Nullable String measure) {
		Sort key = ListParameters.sort(Sort.class, sort, Sort.REDUCTIONS);
		return new PipelineQuery(ListParameters.countryCode("country", country),
				ListParameters.code(Region.class, "region", region), ListParameters.code(Stage.class, "stage", stage),
				ListParameters.code(ActivityForm.class, "form", form), ListParameters.code(Origin.class, "origin", origin),
				ListParameters.tableCode("sector", sector), ListParameters.tableCode("activityType", activityType), key,
				ListParameters.descending(dir, key), ListParameters.page(page),
				ListParameters.measure(measure, Measure.TRANSITIONS));
	}

	/** The state as an address: filters in the API's names, then sort, direction and map measure if not the defaults. */
	public QueryString queryString() {
		return new QueryString().filter("country", (this.country != null) ? this.country.toLowerCase(java.util.Locale.ROOT) : null)
			.filter("region", (this.region != null) ? this.region.code() : null)
			.filter("stage", (this.stage != null) ? this.stage.code() : null)
			.filter("form", (this.form != null) ? this.form.code() : null)
			.filter("origin", (this.origin != null) ? this.origin.code() : null)
			.filter("sector", this.sector)
			.filter("activityType", this.activityType)
			.view("sort", (this.sort != Sort.REDUCTIONS) ? this.sort.key() : null)
			.view("dir", (this.descending != this.sort.descendingByDefault()) ? (this.descending ? "desc" : "asc") : null)
			.view("measure", (this.measure != Measure.TRANSITIONS) ? this.measure.code() : null);
	}

	/** The state without the map's measure, for the map's own measure links. */
	public QueryString withoutMeasure() {
		return new PipelineQuery(this.country, this.region, this.stage, this.form, this.origin, this.sector,
				this.activityType, this.sort, this.descending, 1, Measure.TRANSITIONS).queryString();
	}

	/** How the pipeline can be sorted: the key in the address, its SQL and its natural direction. */
	public enum Sort implements ListParameters.SortKey {

		/** Expected reductions per year (no figure last, either way). */
		REDUCTIONS("a.expected_reductions_tco2e_per_year", true, true),
		/** Title, whatever its case. */
		TITLE("lower(a.title)", false, false),
		/** The day the host approved the transition (none last, either way). */
		APPROVED("a.host_approved_on", true, true),
		/** The day the activity reached its current stage (none last, either way). */
		DATE("a.stage_on", true, true);

		private final String column;

		private final boolean descendingByDefault;

		private final boolean nullable;

		Sort(String column, boolean descendingByDefault, boolean nullable) {
			this.column = column;
			this.descendingByDefault = descendingByDefault;
			this.nullable = nullable;
		}

		@Override
		public boolean descendingByDefault() {
			return this.descendingByDefault;
		}

		/**
		 * The order by clause, as the V24 indexes hold it: a nullable key (no value last, either way), then title and
		 * id; the title (never null) with its ties in the same direction, so one index serves both, read backwards.
		 */
		String sql(boolean descending) {
			String direction = descending ? " DESC" : " ASC";
			if (this.nullable) {
				return this.column + direction + " NULLS LAST, a.title, a.id";
			}
			return this.column + direction + ", a.title" + direction + ", a.id" + direction;
		}

	}

}
