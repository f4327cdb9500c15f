package org.a6portal.cooperation;

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
 * {@code /cooperative-approaches/{slug}}: a published approach's own page, with its Parties, activities, transfers,
 * source and public history; {@code /embed/cooperative-approaches/{slug}}, the same facts for an iframe. A fixed number
 * of statements, whatever the approach holds.
 */
@Controller
class CooperativeApproachController {

	private final CooperativeApproachRepository approaches;

	private final CountryRepository countries;

	private final PublicRecordHistory history;

	CooperativeApproachController(CooperativeApproachRepository approaches, CountryRepository countries,
			PublicRecordHistory history) {
		this.approaches = approaches;
		this.countries = countries;
		this.history = history;
	}

	@GetMapping("/cooperative-approaches/{slug}")
	@RecordPage(CooperationKinds.COOPERATIVE_APPROACH_TYPE)
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Locale locale, Model model) {
		CooperativeApproach approach = load(slug, locale, model);
		model.addAttribute("history", this.history.of(CooperationKinds.COOPERATIVE_APPROACH_TYPE, Objects.requireNonNull(approach.getId())));
		return "cooperation/show";
	}

	/** The approach as a partner site frames it: its facts and source, with a link to its page. */
	@GetMapping("/embed/cooperative-approaches/{slug}")
	@RecordPage(CooperationKinds.COOPERATIVE_APPROACH_TYPE)
	@Transactional(readOnly = true)
	String embed(@PathVariable String slug, Locale locale, Model model) {
		load(slug, locale, model);
		return "cooperation/embed";
	}

	private CooperativeApproach load(String slug, Locale locale, Model model) {
		CooperativeApproach approach = this.approaches.findPublishedBySlug(RecordSlug.check(slug))
			.orElseThrow(() -> new NoSuchApproachException(slug));
		long id = Objects.requireNonNull(approach.getId());
		List<MitigationActivity> activities = this.approaches.findPublishedActivitiesByApproachIdIn(List.of(id));
		List<ItmoTransfer> transfers = this.approaches.findPublishedTransfersByApproachIdIn(List.of(id));
		Set<String> involved = new LinkedHashSet<>();
		approach.getParties().forEach((party) -> involved.add(party.countryIso2()));
		transfers.forEach((transfer) -> {
			involved.add(transfer.getFromIso2());
			involved.add(transfer.getToIso2());
		});
		List<Country> named = this.countries.findByIso2In(involved)
			.stream()
			.sorted(Comparator.comparing((Country country) -> country.name(locale), Collator.getInstance(locale)))
			.toList();
		model.addAttribute("approach", approach);
		model.addAttribute("parties", approach.getParties()
			.stream()
			.flatMap((party) -> named.stream()
				.filter((country) -> country.getIso2().equals(party.countryIso2()))
				.map((country) -> new Party(country, party.role())))
			.sorted(Comparator.comparing(Party::role))
			.toList());
		model.addAttribute("activities", activities);
		model.addAttribute("transfers", transfers);
		model.addAttribute("countries", named);
		model.addAttribute("countryByIso2", named.stream()
			.collect(java.util.stream.Collectors.toMap(Country::getIso2, (country) -> country)));
		model.addAttribute("recordPath", "/cooperative-approaches/" + approach.getSlug());
		return approach;
	}

	/**
	 * @param country the Party
	 * @param role its role in the approach
	 */
	record Party(Country country, PartyRole role) {
	}

}
