package org.a6portal.admin;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.sector.SectorRepository;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Lists forms pick from: countries (by name in the editor's language) and sectors.
 */
@Component
@Transactional(readOnly = true)
public class AdminReferenceData {

	private final CountryRepository countries;

	private final SectorRepository sectors;

	AdminReferenceData(CountryRepository countries, SectorRepository sectors) {
		this.countries = countries;
		this.sectors = sectors;
	}

	public void addCountries(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Country> sorted = this.countries.findAll()
			.stream()
			.sorted(Comparator.comparing((Country country) -> country.name(locale), Collator.getInstance(locale)))
			.toList();
		model.addAttribute("allCountries", sorted);
	}

	public void addSectors(Model model) {
		model.addAttribute("allSectors", this.sectors.findAllByOrderBySortOrder());
	}

}
