package org.a6portal.timeline;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /timelines}: approaches signed per year and CDM transitions requested and host-approved per quarter, for the
 * portal, a region ({@code ?region=latin_america_caribbean}) or a country ({@code ?country=pe}); the filters are plain
 * GET forms, so every view is a shareable address, and the page's canonical link keeps its filter. A public GET: it gets
 * the portal's validators and joins the page cache, keyed on the two parameters it reads.
 */
@Controller
class TimelinesController {

	private final Timelines timelines;

	TimelinesController(Timelines timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/timelines")
	ModelAndView timelines(@RequestParam(name = TimelineScope.COUNTRY, required = false) @Nullable String country,
			@RequestParam(name = TimelineScope.REGION, required = false) @Nullable String region, Locale locale) {
		TimelineScope scope = TimelineScope.parse(country, region);
		ModelAndView page = new ModelAndView("timelines/index", "timelines", this.timelines.view(scope, locale));
		// the layout's canonical and language links: this view's own address, filter included
		page.addObject("currentPath", scope.path());
		return page;
	}

}
