package org.a6portal.overview.cooperation;

import java.util.Locale;

import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.overview.ListParameters;
import org.a6portal.overview.QueryString;
import org.a6portal.worldmap.Measure;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked of the cooperative approaches, read strictly with the API's parameter names ({@code country,
 * role, status, instrument, year}), then the page's own ({@code sort, dir, page}).
 *
 * @param country upper-case alpha-2 code of a Party, or {@code null}
 * @param role the role of that Party (ignored without a country, as in the API), or {@code null}
 * @param status the status, or {@code null}
 * @param instrument the instrument, or {@code null}
 * @param year the year signed, or {@code null}
 * @param sort the sort key
 * @param descending the direction
 * @param page the page, from 1
 * @param measure what the map counts
 */
public record ApproachQuery(@Nullable String country, @Nullable PartyRole role, @Nullable ApproachStatus status,
		@Nullable Instrument instrument, @Nullable Integer year, Sort sort, boolean descending, int page,
		Measure measure) {

	static final int PAGE_SIZE = 50;

	static ApproachQuery parse(@Nullable String country, @Nullable String role, @Nullable String status,
			@Nullable String instrument, @Nullable String year, @Nullable String sort, @Nullable String dir,
			@Nullable String page, @Nullable String measure) {
		Sort key = ListParameters.sort(Sort.class, sort, Sort.SIGNED);
		return new ApproachQuery(ListParameters.countryCode("country", country),
				ListParameters.code(PartyRole.class, "role", role),
				ListParameters.code(ApproachStatus.class, "status", status),
				ListParameters.code(Instrument.class, "instrument", instrument), ListParameters.year("year", year), key,
				ListParameters.descending(dir, key), ListParameters.page(page),
				ListParameters.measure(measure, Measure.APPROACHES));
	}

	/** The state as an address: filters in the API's names, then sort and direction if not the defaults. */
	public QueryString queryString() {
		return new QueryString().filter("country", (this.country != null) ? this.country.toLowerCase(Locale.ROOT) : null)
			.filter("role", (this.role != null) ? this.role.code() : null)
			.filter("status", (this.status != null) ? this.status.code() : null)
			.filter("instrument", (this.instrument != null) ? this.instrument.code() : null)
			.filter("year", this.year)
			.view("sort", (this.sort != Sort.SIGNED) ? this.sort.key() : null)
			.view("dir", (this.descending != this.sort.descendingByDefault()) ? (this.descending ? "desc" : "asc") : null)
			.view("measure", (this.measure != Measure.APPROACHES) ? this.measure.code() : null);
	}

	/** The state without the map's measure, for the map's own measure links. */
	public QueryString withoutMeasure() {
		return new ApproachQuery(this.country, this.role, this.status, this.instrument, this.year, this.sort,
				this.descending, 1, Measure.APPROACHES).queryString();
	}

	/** How the approaches can be sorted. */
	public enum Sort implements ListParameters.SortKey {

		/** The day signed (none last, either way). */
		SIGNED("a.signed_on", true, true),
		/** Title, whatever its case. */
		TITLE("lower(a.title)", false, false),
		/** The ITMO volume (cap or expected total; none last, either way). */
		VOLUME("a.itmo_volume_tco2e", true, true);

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

		String sql(boolean descending) {
			return this.column + (descending ? " DESC" : " ASC") + (this.nullable ? " NULLS LAST" : "")
					+ ", lower(a.title), a.id";
		}

	}

}
