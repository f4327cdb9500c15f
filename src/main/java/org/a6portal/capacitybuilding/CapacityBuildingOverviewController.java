package org.a6portal.capacitybuilding;

import java.util.Locale;

import org.a6portal.country.Region;
import org.a6portal.worldmap.FigureMaps;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /capacity-building}: the capacity-building directory, filtered with the API's parameter names
 * ({@code country}, {@code region}, {@code organisation}, {@code year}), sorted and paged, every state a shareable
 * URL; the same data as {@code /api/v1/capacity-building-projects} and its CSV with the same filters.
 */
@Controller
class CapacityBuildingOverviewController {

	private final CapacityBuildingOverview overview;

	private final FigureMaps maps;

	CapacityBuildingOverviewController(CapacityBuildingOverview overview, FigureMaps maps) {
		this.overview = overview;
		this.maps = maps;
	}

	@GetMapping("/capacity-building")
	ModelAndView list(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
			Locale locale) {
		CapacityBuildingOverviewQuery query = CapacityBuildingOverviewQuery.parse(country, region, organisation, year,
				page, sort, dir);
		CapacityBuildingOverview.Result result = this.overview.find(query, locale);
		ModelAndView view = new ModelAndView("capacitybuilding/overview", "result", result);
		view.addObject("query", query);
		view.addObject("map", this.maps.records("capacityBuilding", result.countries(), locale));
		view.addObject("regions", Region.values());
		view.addObject("sorts", CapacityBuildingOverviewQuery.Sort.values());
		return view;
	}

}
