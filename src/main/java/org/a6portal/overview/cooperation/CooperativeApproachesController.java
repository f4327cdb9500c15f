package org.a6portal.overview.cooperation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /cooperative-approaches}: every published cooperative approach, filtered with the API's parameters
 * ({@code /api/v1/cooperative-approaches} takes the same query string), summarised, sorted and paged.
 */
@Controller
class CooperativeApproachesController {

	static final String PATH = "/cooperative-approaches";

	private final ApproachOverview overview;

	CooperativeApproachesController(ApproachOverview overview) {
		this.overview = overview;
	}

	@GetMapping(PATH)
	ModelAndView approaches(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String role, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String instrument,
			@RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String measure, Locale locale) {
		ApproachQuery query = ApproachQuery.parse(country, role, status, instrument, year, sort, dir, page, measure);
		ApproachOverview.Page result = this.overview.find(query, locale);
		ModelAndView view = new ModelAndView("overview/cooperative-approaches", "result", result);
		view.addObject("query", query.queryString());
		view.addObject("path", PATH);
		view.addObject("mapPath", PATH + query.withoutMeasure().atPage(1));
		view.addObject("currentPath", PATH + query.queryString().atPage(query.page()));
		return view;
	}

}
