package org.a6portal.capacitybuilding;

import java.util.Locale;

import org.a6portal.common.ListParameters;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked of {@code /capacity-building}, read from the query string: the filters (the API's parameter
 * names), the page (from 1), the sort key and direction. A value the page cannot mean is a 400 that says what it
 * takes; the organisation is checked against the organisations there are by the directory itself.
 *
 * @param criteria which projects
 * @param page the page, from 1
 * @param sort the sort key
 * @param descending the direction
 */
public record CapacityBuildingOverviewQuery(CapacityBuildingCriteria criteria, int page, Sort sort, boolean descending) {

	public static final int PAGE_SIZE = 50;

	/** The prefix of the page's 400 messages ({@code capacityBuilding.list.invalid.<parameter>}). */
	static final String LIST = "capacityBuilding.list";

	public static CapacityBuildingOverviewQuery parse(@Nullable String country, @Nullable String region,
			@Nullable String organisation, @Nullable String year, @Nullable String page, @Nullable String sort,
			@Nullable String dir) {
		if (organisation != null && organisation.length() > CapacityBuildingCriteria.MAX_ORGANISATION) {
			throw new ListParameters.InvalidListParameterException(LIST, "organisation", organisation);
		}
		CapacityBuildingCriteria criteria = new CapacityBuildingCriteria(ListParameters.country(LIST, country, null),
				ListParameters.code(LIST, "region", region, Region.class),
				ListParameters.blank(organisation) ? null : organisation,
				ListParameters.year(LIST, "year", year, CapacityBuildingCriteria.FIRST_YEAR, CapacityBuildingCriteria.LAST_YEAR));
		Sort key = ListParameters.choice(LIST, "sort", sort, Sort.class, Sort::key, Sort.TITLE);
		return new CapacityBuildingOverviewQuery(criteria, ListParameters.page(LIST, page), key,
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
		if (this.sort != Sort.TITLE) {
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

	/** How the list can be sorted: the key in the URL and its natural direction. */
	public enum Sort {

		TITLE(false), STARTED(true), COUNTRIES(true);

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
