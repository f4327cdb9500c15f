package org.a6portal.sustainabledevelopment;

import java.util.Locale;

import org.a6portal.country.Region;
import org.a6portal.worldmap.FigureMaps;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /initial-reports}: the Parties' Article 6.2 initial reports, filtered with the API's parameter names
 * ({@code country}, {@code region}, {@code reviewStatus}), sorted and paged, every state a shareable URL; the same
 * data as {@code /api/v1/initial-reports} and its CSV with the same filters.
 */
@Controller
class InitialReportOverviewController {

	private final InitialReportOverview overview;

	private final FigureMaps maps;

	InitialReportOverviewController(InitialReportOverview overview, FigureMaps maps) {
		this.overview = overview;
		this.maps = maps;
	}

	@GetMapping("/initial-reports")
	ModelAndView list(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String reviewStatus,
			@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, Locale locale) {
		InitialReportOverviewQuery query = InitialReportOverviewQuery.parse(country, region, reviewStatus, page, sort, dir);
		InitialReportOverview.Result result = this.overview.find(query, locale);
		ModelAndView view = new ModelAndView("sustainabledevelopment/overview", "result", result);
		view.addObject("query", query);
		view.addObject("map", this.maps.records("initialReports", result.countries(), locale));
		view.addObject("regions", Region.values());
		view.addObject("reviewStatuses", ReviewStatus.values());
		view.addObject("sorts", InitialReportOverviewQuery.Sort.values());
		return view;
	}

}
