package org.a6portal.capacitybuilding;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /capacity-building/{slug}}: a project's own page, where a card's "Read more" leads.
 */
@Controller
class CapacityBuildingController {

	private final CapacityBuildingProjectRepository projects;

	private final CountryRepository countries;

	CapacityBuildingController(CapacityBuildingProjectRepository projects, CountryRepository countries) {
		this.projects = projects;
		this.countries = countries;
	}

	@GetMapping("/capacity-building/{slug}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		CapacityBuildingProject project = this.projects.findPublishedBySlug(slug)
			.orElseThrow(() -> new NoSuchProjectException(slug));
		List<Country> involved = this.countries.findByIso2In(project.getCountryIso2s())
			.stream()
			.sorted(Comparator.comparing((Country country) -> country.name(locale), Collator.getInstance(locale)))
			.toList();
		model.addAttribute("project", project);
		model.addAttribute("countries", involved);
		return "capacitybuilding/show";
	}

}
