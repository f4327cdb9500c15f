package org.a6portal.overview.ndc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.a6portal.country.Region;
import org.a6portal.ndc.TargetType;
import org.a6portal.overview.Option;
import org.a6portal.overview.QueryString;
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

	static final String PATH = "/ndc-targets";

	private final NdcTargetOverview overview;

	private final FigureMaps maps;

	NdcTargetOverviewController(NdcTargetOverview overview, FigureMaps maps) {
		this.overview = overview;
		this.maps = maps;
	}

	@GetMapping(PATH)
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
		QueryString state = query.queryString();
		ModelAndView view = new ModelAndView("overview/ndc-targets", "result", result);
		view.addObject("query", query);
		view.addObject("state", state);
		view.addObject("currentPath", PATH + state.atPage(result.pager().page()));
		view.addObject("map", this.maps.records("ndcTargets", result.countries(), locale));
		view.addObject("countryOptions", result.countryChoices(locale)
			.stream()
			.map((c) -> Option.named(c.code(), c.name(locale), null))
			.toList());
		view.addObject("regionOptions",
				Arrays.stream(Region.values()).map((r) -> Option.keyed(r.code(), "region." + r.code(), null)).toList());
		view.addObject("typeOptions", Arrays.stream(TargetType.values())
			.map((t) -> Option.keyed(t.code(), "enum.targetType." + t.code(), null))
			.toList());
		view.addObject("targetYearOptions", years(result.choices().targetYears()));
		view.addObject("netZeroYearOptions", years(result.choices().netZeroYears()));
		view.addObject("conditionalOptions", List.of(Option.keyed("true", "ndcTargets.overview.conditional.true", null),
				Option.keyed("false", "ndcTargets.overview.conditional.false", null)));
		view.addObject("sortOptions", Arrays.stream(NdcTargetOverviewQuery.Sort.values())
			.map((s) -> Option.keyed(s.key(), "ndcTargets.overview.sort." + s.key(), null))
			.toList());
		return view;
	}

	private static List<Option> years(List<Integer> years) {
		return years.stream().map((year) -> Option.named(year.toString(), year.toString(), null)).toList();
	}

}
