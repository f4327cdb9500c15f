package org.a6portal.overview.capacitybuilding;

import java.util.Locale;

import org.a6portal.capacitybuilding.CapacityBuildingCriteria;
import org.a6portal.common.BadRequestException;
import org.a6portal.country.Region;
import org.a6portal.overview.ListParameters;
import org.a6portal.overview.ListParameters.InvalidListParameterException;
import org.a6portal.overview.QueryString;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked of {@code /capacity-building}, read from the query string: the filters (the API's parameter
 * names and meaning, {@link CapacityBuildingCriteria}), the page (from 1), the sort key and direction. A value the
 * page cannot mean is a 400 that says what the parameter takes; the directory itself checks that the country and
 * the organisation exist.
 *
 * @param criteria which projects
 * @param page the page, from 1
 * @param sort the sort key
 * @param descending the direction
 */
record CapacityBuildingOverviewQuery(CapacityBuildingCriteria criteria, int page, Sort sort, boolean descending) {

	static final int PAGE_SIZE = 50;

	static CapacityBuildingOverviewQuery parse(@Nullable String country, @Nullable String region,
			@Nullable String organisation, @Nullable String year, @Nullable String page, @Nullable String sort,
			@Nullable String dir) {
		if (organisation != null && organisation.length() > CapacityBuildingCriteria.MAX_ORGANISATION) {
			throw new InvalidListParameterException("organisation", organisation);
		}
		CapacityBuildingCriteria criteria = new CapacityBuildingCriteria(ListParameters.countryCode("country", country),
				ListParameters.code(Region.class, "region", region),
				(organisation == null || organisation.isEmpty()) ? null : organisation, year(year));
		Sort key = ListParameters.sort(Sort.class, sort, Sort.TITLE);
		return new CapacityBuildingOverviewQuery(criteria, ListParameters.page(page), key,
				ListParameters.descending(dir, key));
	}

	/** A year ({@code 2024}); its own message, as the parameter's name ({@code year}) is a common one. */
	private static @Nullable Integer year(@Nullable String value) {
		try {
			return ListParameters.year("year", value);
		}
		catch (InvalidListParameterException ex) {
			throw new InvalidYearException(ex.getRequested());
		}
	}

	/** The state's query string: the filters in the API's names, then the sort where it is not the default. */
	QueryString queryString() {
		return new QueryString()
			.filter("country", (this.criteria.country() != null) ? this.criteria.country().toLowerCase(Locale.ROOT) : null)
			.filter("region", (this.criteria.region() != null) ? this.criteria.region().code() : null)
			.filter("organisation", this.criteria.organisation())
			.filter("year", this.criteria.year())
			.view("sort", (this.sort != Sort.TITLE) ? this.sort.key() : null)
			.view("dir", (this.descending != this.sort.descendingByDefault()) ? (this.descending ? "desc" : "asc") : null);
	}

	/** How the list can be sorted. */
	enum Sort implements ListParameters.SortKey {

		TITLE(false), STARTED(true), COUNTRIES(true);

		private final boolean descendingByDefault;

		Sort(boolean descendingByDefault) {
			this.descendingByDefault = descendingByDefault;
		}

		@Override
		public boolean descendingByDefault() {
			return this.descendingByDefault;
		}

	}

	/** A {@code year} that is not one: a 400 saying what the directory's year filter takes. */
	static final class InvalidYearException extends BadRequestException {

		InvalidYearException(String value) {
			super("Invalid year '" + value + "'", value);
		}

		@Override
		public String messageKey() {
			return "capacityBuilding.overview.invalid.year";
		}

	}

}
