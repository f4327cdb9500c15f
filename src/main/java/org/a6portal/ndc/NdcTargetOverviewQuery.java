package org.a6portal.ndc;

import java.util.Locale;

import org.a6portal.common.ListParameters;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked of {@code /ndc-targets}, read from the query string: the filters (the API's parameter names),
 * the page (from 1), the sort key and direction. A value the page cannot mean is a 400 that says what it takes.
 *
 * @param criteria which targets
 * @param page the page, from 1
 * @param sort the sort key
 * @param descending the direction
 */
public record NdcTargetOverviewQuery(NdcTargetCriteria criteria, int page, Sort sort, boolean descending) {

	public static final int PAGE_SIZE = 50;

	/** The prefix of the page's message keys, and of its 400 messages ({@code ndcTargets.list.invalid.<parameter>}). */
	static final String LIST = "ndcTargets.list";

	/** The query; a {@code country} is checked for its form only (the overview checks that it exists). */
	public static NdcTargetOverviewQuery parse(@Nullable String country,
			@Nullable String region, @Nullable String targetType, @Nullable String targetYear,
			@Nullable String conditional, @Nullable String netZeroYear, @Nullable String page, @Nullable String sort,
			@Nullable String dir) {
		NdcTargetCriteria criteria = new NdcTargetCriteria(ListParameters.country(LIST, country, null),
				ListParameters.code(LIST, "region", region, Region.class),
				ListParameters.code(LIST, "targetType", targetType, TargetType.class),
				ListParameters.year(LIST, "targetYear", targetYear, NdcTargetCriteria.FIRST_YEAR, NdcTargetCriteria.LAST_YEAR),
				ListParameters.bool(LIST, "conditional", conditional),
				ListParameters.year(LIST, "netZeroYear", netZeroYear, NdcTargetCriteria.FIRST_YEAR, NdcTargetCriteria.LAST_YEAR));
		Sort key = ListParameters.choice(LIST, "sort", sort, Sort.class, Sort::key, Sort.COUNTRY);
		return new NdcTargetOverviewQuery(criteria, ListParameters.page(LIST, page), key,
				ListParameters.descending(LIST, dir, key.descendingByDefault));
	}

	public int offset() {
		return (this.page - 1) * PAGE_SIZE;
	}

	/** The filters' query string, as the API's JSON and CSV take it ({@code ""} or {@code ?…}). */
	public String filterQuery() {
		String query = this.criteria.queryString();
		return query.isEmpty() ? "" : "?" + query.substring(1);
	}

	/** The query string of this query at another page: only what differs from the defaults. */
	public String queryString(int otherPage) {
		StringBuilder query = new StringBuilder(this.criteria.queryString());
		if (this.sort != Sort.COUNTRY) {
			query.append("&sort=").append(this.sort.key());
		}
		if (this.descending != this.sort.descendingByDefault) {
			query.append("&dir=").append(this.descending ? "desc" : "asc");
		}
		if (otherPage > 1) {
			query.append("&page=").append(otherPage);
		}
		return query.isEmpty() ? "" : "?" + query.substring(1);
	}

	/** How the list can be sorted: the key in the URL, its column in SQL and its natural direction. */
	public enum Sort {

		COUNTRY(false), YEAR(false), REDUCTION(true), NETZERO(false);

		private final boolean descendingByDefault;

		Sort(boolean descendingByDefault) {
			this.descendingByDefault = descendingByDefault;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		public boolean descendingByDefault() {
			return this.descendingByDefault;
		}

	}

}
