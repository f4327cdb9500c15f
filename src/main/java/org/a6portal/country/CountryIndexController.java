package org.a6portal.country;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.a6portal.history.ContentRevision;
import org.a6portal.web.PublicCaching;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /countries}: every country, grouped by region, with a name filter that is a plain GET form.
 */
@Controller
class CountryIndexController {

	static final int MAX_FILTER_LENGTH = 100;

	private final CountryDirectory directory;

	private final ContentRevision revision;

	CountryIndexController(CountryDirectory directory, ContentRevision revision) {
		this.directory = directory;
		this.revision = revision;
	}

	/** These pages change with any public change: validators from the portal's revision and last public change. */
	private boolean notModified(ServletWebRequest request, String variant) {
		ContentRevision.Stamp stamp = this.revision.portal();
		return PublicCaching.notModified(request, stamp.revision(), stamp.lastPublicChangeOr(Instant.EPOCH), variant);
	}

	@GetMapping("/countries")
	@Nullable String index(@RequestParam(name = "q", required = false) @Nullable String filter, Locale locale, Model model,
			ServletWebRequest request) {
		if (filter != null && filter.length() > MAX_FILTER_LENGTH) {
			throw new FilterTooLongException(filter);
		}
		if (notModified(request, "index-" + locale.getLanguage())) {
			return null;
		}
		String trimmed = (filter != null && !filter.isBlank()) ? filter.strip() : null;
		Map<@Nullable Region, List<CountryDirectory.Entry>> regions = this.directory.byRegion(this.directory.entries(), trimmed, locale);
		model.addAttribute("filter", trimmed);
		model.addAttribute("regions", regions);
		model.addAttribute("matches", regions.values().stream().mapToInt(List::size).sum());
		return "countries/index";
	}

	@GetMapping("/")
	@Nullable String home(Locale locale, Model model, ServletWebRequest request) {
		if (notModified(request, "home-" + locale.getLanguage())) {
			return null;
		}
		List<CountryDirectory.Entry> entries = this.directory.entries();
		model.addAttribute("mostActive", this.directory.mostActive(entries, 8));
		model.addAttribute("regions", this.directory.byRegion(entries, null, locale));
		model.addAttribute("countriesWithActivity", entries.stream().filter((entry) -> entry.total() > 0).count());
		return "home";
	}

}
