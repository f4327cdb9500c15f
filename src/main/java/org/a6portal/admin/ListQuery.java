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

	/**
	 * The search text folded as the lists' queries fold what they search ({@code search_fold} in SQL): lower case,
	 * accents dropped, so that "Perú" finds Peru.
	 */
	public String text() {
		return (this.q != null) ? fold(this.q.strip()) : "";
	}

	/** Lower case without accents ("Côte d’Ivoire" → "cote d’ivoire"), as {@code search_fold} in SQL. */
	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT)
			.replace('đ', 'd').replace('ı', 'i').replace('ø', 'o').replace('œ', 'o').replace('ł', 'l');
		return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
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

	/**
	 * The query as a URL query string ({@code q=peru&status=draft&page=2}) without its blank parts: what a record's
	 * form carries as {@code back} so that "Back to the list" returns to this page of this search.
	 */
	public String queryString() {
		StringBuilder query = new StringBuilder();
		append(query, "q", this.q);
		append(query, "status", this.status);
		append(query, "country", this.country);
		append(query, "region", this.region);
		append(query, "sort", this.sort);
		append(query, "page", (this.page != null && this.page > 0) ? String.valueOf(this.page) : null);
		return query.toString();
	}

	/**
	 * A record's edit address that remembers this list ({@code …/5/edit?back=q%3Dperu}).
	 * @param recordPath the record's form, e.g. {@code /admin/cooperative-approaches/5/edit}
	 */
	public String link(String recordPath) {
		String query = queryString();
		return query.isEmpty() ? recordPath
				: recordPath + "?back=" + org.springframework.web.util.UriUtils.encodeQueryParam(query, "UTF-8");
	}

	/**
	 * A {@code back} parameter read back into a list query string, keeping only the list's own parameters (so
	 * nothing else can be slipped into the link); empty when there is none.
	 */
	public static String backQuery(@Nullable String back) {
		if (back == null || back.isBlank() || back.length() > 1000) {
			return "";
		}
		org.springframework.util.MultiValueMap<String, String> parameters = org.springframework.web.util.UriComponentsBuilder
			.fromUriString("/?" + back).build().getQueryParams();
		String page = decoded(parameters.getFirst("page"));
		Integer pageNumber = (page != null && page.matches("\\d{1,9}")) ? Integer.valueOf(page) : null;
		return new ListQuery(decoded(parameters.getFirst("q")), decoded(parameters.getFirst("status")),
				decoded(parameters.getFirst("country")), decoded(parameters.getFirst("region")),
				decoded(parameters.getFirst("sort")), pageNumber).queryString();
	}

	private static @Nullable String decoded(@Nullable String value) {
		return (value != null) ? org.springframework.web.util.UriUtils.decode(value, java.nio.charset.StandardCharsets.UTF_8) : null;
	}

	private static void append(StringBuilder query, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		query.append(query.isEmpty() ? "" : "&").append(name).append('=')
			.append(org.springframework.web.util.UriUtils.encodeQueryParam(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The same query for another page (the last one, when the page asked for lies beyond it). */
	ListQuery withPage(int page) {
		return new ListQuery(this.q, this.status, this.country, this.region, this.sort, page);
	}

}
