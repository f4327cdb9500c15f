package org.a6portal.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.a6portal.country.CountryRepository;
import org.a6portal.history.ChangeLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin}: where an editor starts, a work queue: drafts by country, content warnings, records due for review,
 * recent changes. {@code /admin/country-records}: every record touching one country, drafts included.
 */
@Controller
class DashboardController {

	private static final int RECENT = 8;

	private static final int DUE_SHOWN = 15;

	private final WorkQueue queue;

	private final ContentHealthReport health;

	private final ChangeLog changeLog;

	private final CountryRepository countries;

	DashboardController(WorkQueue queue, ContentHealthReport health, ChangeLog changeLog, CountryRepository countries) {
		this.queue = queue;
		this.health = health;
		this.changeLog = changeLog;
		this.countries = countries;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		Map<String, List<WorkQueue.Item>> drafts = this.queue.draftsByCountry();
		List<WorkQueue.Item> due = this.queue.dueForReview();
		List<ContentHealthReport.Finding> findings = this.health.findings();
		model.addAttribute("draftsByCountry", drafts);
		model.addAttribute("draftCount", drafts.values().stream().flatMap(List::stream).distinct().count());
		model.addAttribute("due", due.subList(0, Math.min(DUE_SHOWN, due.size())));
		model.addAttribute("dueCount", due.size());
		model.addAttribute("reviewAfterMonths", this.queue.reviewAfterMonths());
		model.addAttribute("findingCount", findings.size());
		model.addAttribute("publishedFindingCount", findings.stream().filter(ContentHealthReport.Finding::published).count());
		model.addAttribute("recent", this.changeLog.recent(0, RECENT));
		List<org.a6portal.country.Country> all = this.countries.findAll();
		model.addAttribute("countryNames", byCode(all));
		model.addAttribute("allCountries", all);
		return "admin/dashboard";
	}

	@GetMapping("/admin/country-records")
	String countryRecords(@RequestParam(required = false) String country, Locale locale, Model model) {
		String iso2 = (country != null && country.matches("[A-Za-z]{2}")) ? country.toUpperCase(Locale.ROOT) : null;
		List<org.a6portal.country.Country> all = this.countries.findAll();
		Map<String, org.a6portal.country.Country> names = byCode(all);
		if (iso2 == null || !names.containsKey(iso2)) {
			throw new NoSuchRecordException("country", String.valueOf(country));
		}
		model.addAttribute("iso2", iso2);
		model.addAttribute("countryName", names.get(iso2).name(locale));
		model.addAttribute("records", this.queue.forCountry(iso2));
		model.addAttribute("allCountries", all);
		return "admin/country-records";
	}

	/** Country names by alpha-2 code, for the template to show in the reader's language. */
	private static Map<String, org.a6portal.country.Country> byCode(List<org.a6portal.country.Country> all) {
		Map<String, org.a6portal.country.Country> names = new java.util.HashMap<>();
		all.forEach((c) -> names.put(c.getIso2(), c));
		return names;
	}

}
