package org.a6portal.pacm;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.a6portal.common.RecordSlug;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.history.PublicRecordHistory;
import org.a6portal.record.RecordPage;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /pacm-activities/{slug}}: a published Article 6.4 activity's own page, with its facts, its programme, every
 * host, its source and public history; {@code /embed/pacm-activities/{slug}}, the same facts for an iframe. A fixed
 * number of statements.
 */
@Controller
class PacmActivityController {

	private final PacmActivityRepository activities;

	private final CountryRepository countries;

	private final PublicRecordHistory history;

	PacmActivityController(PacmActivityRepository activities, CountryRepository countries, PublicRecordHistory history) {
		this.activities = activities;
		this.countries = countries;
		this.history = history;
	}

	@GetMapping("/pacm-activities/{slug}")
	@RecordPage(PacmKinds.PACM_ACTIVITY_TYPE)
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Locale locale, Model model) {
		PacmActivity activity = load(slug, locale, model);
		model.addAttribute("history", this.history.of(PacmKinds.PACM_ACTIVITY_TYPE, Objects.requireNonNull(activity.getId())));
		return "pacm/show";
	}

	/** The activity as a partner site frames it: its facts and source, with a link to its page. */
	@GetMapping("/embed/pacm-activities/{slug}")
	@RecordPage(PacmKinds.PACM_ACTIVITY_TYPE)
	@Transactional(readOnly = true)
	String embed(@PathVariable String slug, Locale locale, Model model) {
		load(slug, locale, model);
		return "pacm/embed";
	}

	private PacmActivity load(String slug, Locale locale, Model model) {
		PacmActivity activity = this.activities.findPublishedBySlug(RecordSlug.check(slug))
			.orElseThrow(() -> new NoSuchActivityException(slug));
		Set<String> hosts = new LinkedHashSet<>();
		hosts.add(activity.getHostIso2());
		hosts.addAll(activity.getOtherHosts());
		List<String> authorizing = activity.partyCodes(PacmPartyRole.AUTHORIZING);
		List<String> acquiring = activity.partyCodes(PacmPartyRole.ACQUIRING);
		Set<String> codes = new LinkedHashSet<>(hosts);
		codes.addAll(authorizing);
		codes.addAll(acquiring);
		List<Country> all = this.countries.findByIso2In(codes)
			.stream()
			.sorted(Comparator.comparing((Country country) -> !country.getIso2().equals(activity.getHostIso2()))
				.thenComparing((Country country) -> country.name(locale), Collator.getInstance(locale)))
			.toList();
		List<Country> named = all.stream().filter((country) -> hosts.contains(country.getIso2())).toList();
		model.addAttribute("authorizingParties", all.stream().filter((country) -> authorizing.contains(country.getIso2())).toList());
		model.addAttribute("acquiringParties", all.stream().filter((country) -> acquiring.contains(country.getIso2())).toList());
		PacmActivity programme = activity.getProgramme();
		model.addAttribute("activity", activity);
		model.addAttribute("programme", (programme != null && programme.isPublished()) ? programme : null);
		model.addAttribute("countries", named);
		model.addAttribute("recordPath", "/pacm-activities/" + activity.getSlug());
		return activity;
	}

}
