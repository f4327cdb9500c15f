package org.a6portal.ndc;

import java.util.Locale;

import org.a6portal.country.Region;
import org.a6portal.worldmap.FigureMaps;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /ndc-targets}: NDC targets across countries, filtered with the API's parameter names ({@code country},
 * {@code region}, {@code targetType}, {@code targetYear}, {@code conditional}, {@code netZeroYear}), sorted and paged,
 * every state a shareable URL; the same data as {@code /api/v1/ndc-targets} and its CSV with the same filters.
 */
@Controller
class NdcTargetOverviewController {

	private final NdcTargetOverview overview;

	private final FigureMaps maps;

	NdcTargetOverviewController(NdcTargetOverview overview, FigureMaps maps) {
		this.overview = overview;
		this.maps = maps;
	}

	@GetMapping("/ndc-targets")
	ModelAndView list(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String targetType,
			@RequestParam(required = false) @Nullable String targetYear,
			@RequestParam(required = false) @Nullable String conditional,
			@RequestParam(required = false) @Nullable String netZeroYear,
			@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, Locale locale) {
		NdcTargetOverviewQuery query = NdcTargetOverviewQuery.parse(country, region, targetType, targetYear, conditional,
				netZeroYear, page, sort, dir);
		NdcTargetOverview.Result result = this.overview.find(query, locale);
		ModelAndView view = new ModelAndView("ndc/overview", "result", result);
		view.addObject("query", query);
		view.addObject("map", this.maps.records("ndcTargets", result.countries(), locale));
		view.addObject("countryChoices", result.countryChoices(locale));
		view.addObject("regions", Region.values());
		view.addObject("targetTypes", TargetType.values());
		view.addObject("sorts", NdcTargetOverviewQuery.Sort.values());
		return view;
	}

}
