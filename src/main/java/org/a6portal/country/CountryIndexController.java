package org.a6portal.country;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /countries}: every country, grouped by region, with a name filter that is a plain GET form. Like every public page, they get their validators (the portal's
 * revision and last public change) before these run (pagecache's PublicValidators).
 */
@Controller
class CountryIndexController {

	static final int MAX_FILTER_LENGTH = 100;

	private final CountryDirectory directory;

	CountryIndexController(CountryDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/countries")
	String index(@RequestParam(name = "q", required = false) @Nullable String filter, Locale locale, Model model) {
		if (filter != null && filter.length() > MAX_FILTER_LENGTH) {
			throw new FilterTooLongException(filter);
		}
		String trimmed = (filter != null && !filter.isBlank()) ? filter.strip() : null;
		Map<@Nullable Region, List<CountryDirectory.Entry>> regions = this.directory.byRegion(this.directory.entries(), trimmed, locale);
		model.addAttribute("filter", trimmed);
		model.addAttribute("regions", regions);
		model.addAttribute("matches", regions.values().stream().mapToInt(List::size).sum());
		return "countries/index";
	}

}
