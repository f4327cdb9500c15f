package org.a6portal.overview.initialreport;

import java.util.Locale;

import org.a6portal.country.Region;
import org.a6portal.overview.ListParameters;
import org.a6portal.overview.QueryString;
import org.a6portal.sustainabledevelopment.InitialReportCriteria;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked of {@code /initial-reports}, read from the query string: the filters (the API's parameter
 * names and meaning, {@link InitialReportCriteria}), the page (from 1), the sort key and direction. A value the page
 * cannot mean is a 400 that says what the parameter takes.
 *
 * @param criteria which reports
 * @param page the page, from 1
 * @param sort the sort key
 * @param descending the direction
 */
record InitialReportOverviewQuery(InitialReportCriteria criteria, int page, Sort sort, boolean descending) {

	static final int PAGE_SIZE = 50;

	/** The query; a {@code country} is checked for its form only (the overview checks that it exists). */
	static InitialReportOverviewQuery parse(@Nullable String country, @Nullable String region,
			@Nullable String reviewStatus, @Nullable String page, @Nullable String sort, @Nullable String dir) {
		InitialReportCriteria criteria = new InitialReportCriteria(ListParameters.countryCode("country", country),
				ListParameters.code(Region.class, "region", region),
				ListParameters.code(ReviewStatus.class, "reviewStatus", reviewStatus));
		Sort key = ListParameters.sort(Sort.class, sort, Sort.SUBMITTED);
		return new InitialReportOverviewQuery(criteria, ListParameters.page(page), key, ListParameters.descending(dir, key));
	}

	/** The state's query string: the filters in the API's names, then the sort where it is not the default. */
	QueryString queryString() {
		return new QueryString()
			.filter("country", (this.criteria.country() != null) ? this.criteria.country().toLowerCase(Locale.ROOT) : null)
			.filter("region", (this.criteria.region() != null) ? this.criteria.region().code() : null)
			.filter("reviewStatus", (this.criteria.reviewStatus() != null) ? this.criteria.reviewStatus().code() : null)
			.view("sort", (this.sort != Sort.SUBMITTED) ? this.sort.key() : null)
			.view("dir", (this.descending != this.sort.descendingByDefault()) ? (this.descending ? "desc" : "asc") : null);
	}

	/** How the list can be sorted. */
	enum Sort implements ListParameters.SortKey {

		SUBMITTED(true), COUNTRY(false), TITLE(false);

		private final boolean descendingByDefault;

		Sort(boolean descendingByDefault) {
			this.descendingByDefault = descendingByDefault;
		}

		@Override
		public boolean descendingByDefault() {
			return this.descendingByDefault;
		}

	}

}
