package org.a6portal.overview.pacm;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /pacm-activities}: every published Article 6.4 activity, filtered with the API's parameters
 * ({@code /api/v1/pacm-activities} takes the same query string), summarised, sorted and paged; every state an address.
 * Each parameter is read by name, so the page cache keys the page on exactly these.
 */
@Controller
class PacmPipelineController {

	static final String PATH = "/pacm-activities";

	private final PipelineOverview overview;

	PacmPipelineController(PipelineOverview overview) {
		this.overview = overview;
	}

	@GetMapping(PATH)
	ModelAndView pipeline(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String form, @RequestParam(required = false) @Nullable String origin,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String activityType,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
			@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String measure,
			Locale locale) {
		PipelineQuery query = PipelineQuery.parse(country, region, stage, form, origin, sector, activityType, sort, dir,
				page, measure);
		PipelineOverview.Page result = this.overview.find(query, locale);
		ModelAndView view = new ModelAndView("overview/pacm-activities", "result", result);
		view.addObject("query", query.queryString());
		view.addObject("path", PATH);
		view.addObject("mapPath", PATH + query.withoutMeasure().atPage(1));
		// the canonical link and the language links keep the whole state
		view.addObject("currentPath", PATH + query.queryString().atPage(query.page()));
		return view;
	}

}
