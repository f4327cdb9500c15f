package org.a6portal.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /search?q=}: every public record whose words match, grouped by kind with counts, the first few of each
 * kind, or one kind a page at a time ({@code &kind=pacm&page=2}). Nothing typed: the page asks for words; nothing
 * found: country names that look like the words. Each kind is counted up to {@link SearchIndex#CAP} (more reads
 * "more than 1,000") and only its first {@link SearchIndex#CAP} matches are ranked and listed. A public GET, so the page cache keeps it on {@code q}, {@code kind}
 * and {@code page}.
 */
@Controller
class SearchController {

	static final int FIRST_OF_EACH = 5;

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/search")
	@Transactional(readOnly = true)
	ModelAndView search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String page,
			Locale locale) {
		SearchQuery query = SearchQuery.parse(q, kind, page);
		ModelAndView view = new ModelAndView("search/results", "query", query);
		view.addObject("pageTitle", query.text().isEmpty() ? null : query.text());
		// the canonical and language links name the search, as the overview pages name their filters
		view.addObject("currentPath", query.path());
		if (query.isEmpty()) {
			view.addObject("counts", Map.of());
			view.addObject("total", 0L);
			return view;
		}
		this.index.preferIndex();
		SearchIndex.Matches matches = this.index.counts(query);
		Map<SearchKind, Long> counts = matches.counts();
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		view.addObject("counts", counts);
		view.addObject("total", total);
		// a kind with more than CAP matches: its count reads "more than 1,000", and so does the total
		view.addObject("cap", SearchIndex.CAP);
		view.addObject("capped", counts.values().stream().anyMatch((n) -> n > SearchIndex.CAP));
		view.addObject("kinds", SearchKind.values());
		view.addObject("firstOfEach", FIRST_OF_EACH);
		if (total == 0) {
			view.addObject("suggestions", this.index.suggestions(query, locale));
			return view;
		}
		if (query.kind() == null) {
			view.addObject("hits", this.index.firstOfEach(query, matches, FIRST_OF_EACH, locale));
			return view;
		}
		long ofKind = Math.min(counts.getOrDefault(query.kind(), 0L), SearchIndex.CAP);
		int pages = (int) Math.max(1, (ofKind + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
		if (query.page() > pages) {
			throw new SearchQuery.InvalidSearchException("search.error.page", String.valueOf(query.page()));
		}
		List<SearchIndex.Hit> hits = this.index.page(query, query.kind(), matches, locale);
		view.addObject("hits", hits);
		view.addObject("pages", pages);
		return view;
	}

}
