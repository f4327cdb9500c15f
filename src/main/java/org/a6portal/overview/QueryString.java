package org.a6portal.overview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The query string of an overview page's state: its filters in the API's own names, then its sort and page, only
 * those that differ from the defaults, in one fixed order, so that one state has one address (canonical link, page
 * cache, language links). {@link #filters()} alone is what the API takes: the page's JSON and CSV links are the API
 * path with it.
 */
public final class QueryString {

	private final List<String[]> filters = new ArrayList<>();

	private final List<String[]> view = new ArrayList<>();

	/** A filter, left out when {@code null}. */
	public QueryString filter(String name, @Nullable Object value) {
		if (value != null) {
			this.filters.add(new String[] { name, value.toString() });
		}
		return this;
	}

	/** A parameter of the page only (sort, direction), left out when {@code null}. */
	public QueryString view(String name, @Nullable Object value) {
		if (value != null) {
			this.view.add(new String[] { name, value.toString() });
		}
		return this;
	}

	/** The filters alone, {@code ""} or {@code ?country=pe&stage=…}. */
	public String filters() {
		return text(this.filters, 1);
	}

	/** The whole state at page 1. */
	@Override
	public String toString() {
		return atPage(1);
	}

	/** The whole state at another page (page 1 is left out). */
	public String atPage(int page) {
		List<String[]> all = new ArrayList<>(this.filters);
		all.addAll(this.view);
		return text(all, page);
	}

	/** Whether any filter is set. */
	public boolean filtered() {
		return !this.filters.isEmpty();
	}

	private static String text(List<String[]> pairs, int page) {
		StringBuilder text = new StringBuilder();
		for (String[] pair : pairs) {
			text.append((text.isEmpty()) ? '?' : '&').append(pair[0]).append('=')
				.append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
		}
		if (page > 1) {
			text.append((text.isEmpty()) ? '?' : '&').append("page=").append(page);
		}
		return text.toString();
	}

}
