package org.a6portal.overview.capacitybuilding;

import java.util.Arrays;
import java.util.Locale;

import org.a6portal.country.Region;
import org.a6portal.overview.Option;
import org.a6portal.overview.QueryString;
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

	static final String PATH = "/capacity-building";

	private final CapacityBuildingOverview overview;

	private final FigureMaps maps;

	CapacityBuildingOverviewController(CapacityBuildingOverview overview, FigureMaps maps) {
		this.overview = overview;
		this.maps = maps;
	}

	@GetMapping(PATH)
	ModelAndView list(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
			Locale locale) {
		CapacityBuildingOverviewQuery query = CapacityBuildingOverviewQuery.parse(country, region, organisation, year,
				page, sort, dir);
		CapacityBuildingOverview.Result result = this.overview.find(query, locale);
		QueryString state = query.queryString();
		ModelAndView view = new ModelAndView("overview/capacity-building", "result", result);
		view.addObject("query", query);
		view.addObject("state", state);
		view.addObject("currentPath", PATH + state.atPage(result.pager().page()));
		view.addObject("map", this.maps.records("capacityBuilding", result.countries(), locale));
		view.addObject("countryOptions",
				result.countryChoices().stream().map((c) -> Option.named(c.code(), c.name(locale), null)).toList());
		view.addObject("regionOptions",
				Arrays.stream(Region.values()).map((r) -> Option.keyed(r.code(), "region." + r.code(), null)).toList());
		view.addObject("organisationOptions",
				result.organisations().stream().map((o) -> Option.named(o, o, null)).toList());
		view.addObject("yearOptions",
				result.years().stream().map((y) -> Option.named(y.toString(), y.toString(), null)).toList());
		view.addObject("sortOptions", Arrays.stream(CapacityBuildingOverviewQuery.Sort.values())
			.map((s) -> Option.keyed(s.key(), "capacityBuilding.overview.sort." + s.key(), null))
			.toList());
		return view;
	}

}
