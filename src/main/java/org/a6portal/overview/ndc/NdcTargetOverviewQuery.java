package org.a6portal.overview.ndc;

import org.a6portal.country.Region;
import org.a6portal.ndc.NdcTargetCriteria;
import org.a6portal.ndc.TargetType;
import org.a6portal.overview.ListParameters;
import org.a6portal.overview.ListParameters.InvalidListParameterException;
import org.a6portal.overview.QueryString;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked of {@code /ndc-targets}, read from the query string: the filters (the API's parameter names
 * and meaning, {@link NdcTargetCriteria}), the page (from 1), the sort key and direction. A value the page cannot
 * mean is a 400 that says what the parameter takes.
 *
 * @param criteria which targets
 * @param page the page, from 1
 * @param sort the sort key
 * @param descending the direction
 */
record NdcTargetOverviewQuery(NdcTargetCriteria criteria, int page, Sort sort, boolean descending) {

	static final int PAGE_SIZE = 50;

	/** The query; a {@code country} is checked for its form only (the overview checks that it exists). */
	static NdcTargetOverviewQuery parse(@Nullable String country, @Nullable String region, @Nullable String targetType,
			@Nullable String targetYear, @Nullable String conditional, @Nullable String netZeroYear,
			@Nullable String page, @Nullable String sort, @Nullable String dir) {
		NdcTargetCriteria criteria = new NdcTargetCriteria(ListParameters.countryCode("country", country),
				ListParameters.code(Region.class, "region", region),
				ListParameters.code(TargetType.class, "targetType", targetType),
				ListParameters.year("targetYear", targetYear), conditional(conditional),
				ListParameters.year("netZeroYear", netZeroYear));
		Sort key = ListParameters.sort(Sort.class, sort, Sort.COUNTRY);
		return new NdcTargetOverviewQuery(criteria, ListParameters.page(page), key, ListParameters.descending(dir, key));
	}

	private static @Nullable Boolean conditional(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new InvalidListParameterException("conditional", value);
		};
	}

	/** The state's query string: the filters in the API's names, then the sort where it is not the default. */
	QueryString queryString() {
		return new QueryString().filter("country", (this.criteria.country() != null) ? this.criteria.country().toLowerCase(java.util.Locale.ROOT) : null)
			.filter("region", (this.criteria.region() != null) ? this.criteria.region().code() : null)
			.filter("targetType", (this.criteria.targetType() != null) ? this.criteria.targetType().code() : null)
			.filter("targetYear", this.criteria.targetYear())
			.filter("conditional", this.criteria.conditional())
			.filter("netZeroYear", this.criteria.netZeroYear())
			.view("sort", (this.sort != Sort.COUNTRY) ? this.sort.key() : null)
			.view("dir", (this.descending != this.sort.descendingByDefault()) ? (this.descending ? "desc" : "asc") : null);
	}

	/** How the list can be sorted. */
	enum Sort implements ListParameters.SortKey {

		COUNTRY(false), YEAR(false), REDUCTION(true), NETZERO(false);

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
