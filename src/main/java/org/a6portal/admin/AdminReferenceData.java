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

	/** "Peru (PE)" for each code, in the editor's language, in the order given (an unknown code as it is). */
	public List<String> countryLabels(List<String> codes) {
		Locale locale = LocaleContextHolder.getLocale();
		java.util.Map<String, Country> byCode = new java.util.HashMap<>();
		this.countries.findByIso2In(codes).forEach((country) -> byCode.put(country.getIso2(), country));
		return codes.stream()
			.map((code) -> (byCode.get(code) != null) ? byCode.get(code).name(locale) + " (" + code + ")" : code)
			.toList();
	}

	public void addSectors(Model model) {
		model.addAttribute("allSectors", this.sectors.findAllByOrderBySortOrder());
	}

}
