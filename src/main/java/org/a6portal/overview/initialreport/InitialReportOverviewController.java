package org.a6portal.overview.initialreport;

import java.util.Arrays;
import java.util.Locale;

import org.a6portal.country.Region;
import org.a6portal.overview.Option;
import org.a6portal.overview.QueryString;
import org.a6portal.sustainabledevelopment.ReviewStatus;
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

	static final String PATH = "/initial-reports";

	private final InitialReportOverview overview;

	private final FigureMaps maps;

	InitialReportOverviewController(InitialReportOverview overview, FigureMaps maps) {
		this.overview = overview;
		this.maps = maps;
	}

	@GetMapping(PATH)
	ModelAndView list(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String reviewStatus,
			@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, Locale locale) {
		InitialReportOverviewQuery query = InitialReportOverviewQuery.parse(country, region, reviewStatus, page, sort, dir);
		InitialReportOverview.Result result = this.overview.find(query, locale);
		QueryString state = query.queryString();
		ModelAndView view = new ModelAndView("overview/initial-reports", "result", result);
		view.addObject("query", query);
		view.addObject("state", state);
		view.addObject("currentPath", PATH + state.atPage(result.pager().page()));
		view.addObject("map", this.maps.records("initialReports", result.countries(), locale));
		view.addObject("countryOptions",
				result.countryChoices().stream().map((c) -> Option.named(c.code(), c.name(locale), null)).toList());
		view.addObject("regionOptions",
				Arrays.stream(Region.values()).map((r) -> Option.keyed(r.code(), "region." + r.code(), null)).toList());
		view.addObject("statusOptions", Arrays.stream(ReviewStatus.values())
			.map((s) -> Option.keyed(s.code(), "enum.reviewStatus." + s.code(), null))
			.toList());
		view.addObject("sortOptions", Arrays.stream(InitialReportOverviewQuery.Sort.values())
			.map((s) -> Option.keyed(s.key(), "initialReports.overview.sort." + s.key(), null))
			.toList());
		return view;
	}

}
