package org.a6portal.home;

import java.util.List;
import java.util.Locale;

import org.a6portal.country.CountryDirectory;
import org.a6portal.feed.PublicChanges;
import org.a6portal.worldmap.Measure;
import org.a6portal.worldmap.WorldMap;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /}: what the portal holds (totals), where (the world map, its measure chosen with {@code ?measure=}), what
 * changed lately and where to go next.
 */
@Controller
class HomeController {

	static final int LATEST_CHANGES = 8;

	private final PortalTotals totals;

	private final WorldMap map;

	private final CountryDirectory directory;

	private final PublicChanges changes;

	private final @Nullable String contact;

	HomeController(PortalTotals totals, WorldMap map, CountryDirectory directory, PublicChanges changes,
			@Value("${portal.contact:}") String contact) {
		this.contact = contact.isBlank() ? null : contact;
		this.totals = totals;
		this.map = map;
		this.directory = directory;
		this.changes = changes;
	}

	@GetMapping("/")
	String home(@RequestParam(name = Measure.PARAMETER, required = false) @Nullable String measure, Locale locale,
			Model model) {
		Measure chosen = Measure.of(measure);
		List<CountryDirectory.Entry> entries = this.directory.entries();
		model.addAttribute("totals", this.totals.totals());
		model.addAttribute("worldMap", this.map.view(chosen, locale));
		model.addAttribute("latestChanges", this.changes.latest(LATEST_CHANGES));
		model.addAttribute("mostActive", this.directory.mostActive(entries, 8));
		model.addAttribute("countriesWithActivity", entries.stream().filter((entry) -> entry.total() > 0).count());
		model.addAttribute("regions", this.directory.byRegion(entries, null, locale));
		return "home";
	}

	/** {@code /about}: who keeps the portal, how its data is gathered and reviewed, sources, licences, errors. */
	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("contact", this.contact);
		return "about";
	}

}
