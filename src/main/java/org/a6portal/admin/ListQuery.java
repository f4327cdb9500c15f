package org.a6portal.admin;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What an admin list was asked for: a search text, a publication-status filter, a country filter, a sort column
 * (only one the list offers) and a page.
 *
 * @param q search text (blank: none)
 * @param status {@code draft}, {@code published} or blank
 * @param country an alpha-2 code or blank
 * @param region a region code or blank (lists of countries)
 * @param sort a sortable column, "-" first for descending
 * @param page zero-based page number (none: the first)
 */
public record ListQuery(@Nullable String q, @Nullable String status, @Nullable String country, @Nullable String region,
		@Nullable String sort, @Nullable Integer page) {

	public static final int PAGE_SIZE = 25;

	/** The highest page whose offset the database can read (an {@code int}); any later page reads as the last one. */
	static final int MAX_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

	public String text() {
		return (this.q != null) ? this.q.strip().toLowerCase(Locale.ROOT) : "";
	}

	public @Nullable String statusCode() {
		return ("draft".equals(this.status) || "published".equals(this.status)) ? this.status : null;
	}

	public @Nullable String countryCode() {
		return (this.country != null && this.country.matches("[A-Za-z]{2}")) ? this.country.toUpperCase(Locale.ROOT) : null;
	}

	/** The page to read, sorted by the requested column if the list offers it, else by its default. */
	public Pageable pageable(List<String> sortable, String defaultSort) {
		return pageable(sortable, defaultSort, "id");
	}

	/** As {@link #pageable(List, String)}, with the records' identifying property as the last sort key. */
	public Pageable pageable(List<String> sortable, String defaultSort, String identifier) {
		String requested = (this.sort != null && sortable.contains(this.sort.replaceFirst("^-", ""))) ? this.sort : defaultSort;
		Sort order = requested.startsWith("-") ? Sort.by(requested.substring(1)).descending() : Sort.by(requested);
		return PageRequest.of(pageNumber(), PAGE_SIZE, order.and(Sort.by(identifier)));
	}

	/** The page asked for, from 0 up to {@link #MAX_PAGE}. */
	int pageNumber() {
		return (this.page != null) ? Math.clamp(this.page, 0, MAX_PAGE) : 0;
	}

	/** The same query for another page (the last one, when the page asked for lies beyond it). */
	ListQuery withPage(int page) {
		return new ListQuery(this.q, this.status, this.country, this.region, this.sort, page);
	}

}
