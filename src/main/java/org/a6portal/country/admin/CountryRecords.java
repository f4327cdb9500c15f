package org.a6portal.country.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.EditableRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.country.CountrySlugHistory;
import org.a6portal.country.CountryKinds;
import org.a6portal.record.RecordKind;

import org.springframework.validation.Errors;
import org.springframework.stereotype.Component;

/**
 * Countries as the editing service sees them: edited, never created or deleted here (the ISO list is the seed's).
 */
@Component
class CountryRecords implements EditableRecords<Country, CountryForm> {

	private final CountryRepository countries;

	private final CountrySlugHistory slugHistory;

	CountryRecords(CountryRepository countries, CountrySlugHistory slugHistory) {
		this.countries = countries;
		this.slugHistory = slugHistory;
	}

	@Override
	public RecordKind kind() {
		return CountryKinds.COUNTRY;
	}

	@Override
	public Class<CountryForm> formType() {
		return CountryForm.class;
	}

	@Override
	public Optional<Country> find(String id) {
		return id.matches("[A-Za-z]{2}") ? this.countries.findByIso2(id.toUpperCase(Locale.ROOT)) : Optional.empty();
	}

	@Override
	public CountryForm newForm() {
		return new CountryForm();
	}

	@Override
	public Country create(CountryForm form) {
		throw new UnsupportedOperationException("Countries come from the ISO 3166-1 seed");
	}

	@Override
	public CountryForm toForm(Country country) {
		return CountryForm.of(country);
	}

	@Override
	public void apply(CountryForm form, Country country) {
		String oldSlug = country.getSlug();
		form.copyTo(country);
		if (!oldSlug.isEmpty() && !oldSlug.equals(country.getSlug())) {
			this.slugHistory.renamed(country.getIso2(), oldSlug, country.getSlug());
		}
	}

	@Override
	public Country save(Country country) {
		return this.countries.save(country);
	}

	@Override
	public void delete(Country country) {
		throw new UnsupportedOperationException("Countries are not deleted");
	}

	@Override
	public String idOf(Country country) {
		return country.getIso2();
	}

	@Override
	public String labelOf(Country country) {
		return country.getNameEn();
	}

	@Override
	public long versionOf(Country country) {
		return country.getVersion();
	}

	@Override
	public boolean isPublished(Country country) {
		return true;
	}

	@Override
	public Set<String> countriesOf(Country country) {
		return Set.of(country.getIso2());
	}

	@Override
	public Stream<Country> all() {
		return this.countries.findAll().stream();
	}

	@Override
	public CheckedRecord contentOf(CountryForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (form.getSummary() != null && !form.getSummary().isBlank()) {
			texts.put("summary", form.getSummary());
		}
		String iso2 = this.countries.findBySlug(form.getSlug()).map(Country::getIso2).orElse(null);
		return new CheckedRecord(iso2, (iso2 != null) ? Set.of(iso2) : Set.of(), texts, Set.of("summary"), null, Map.of(),
				null);
	}

	@Override
	public boolean citesSources() {
		return false;
	}

	@Override
	public void validate(CountryForm form, Optional<Country> existing, Errors errors) {
		String slug = form.getSlug();
		this.countries.findBySlug(slug)
			.filter((other) -> existing.isEmpty() || !other.getIso2().equals(existing.get().getIso2()))
			.ifPresent((other) -> errors.rejectValue("slug", "admin.form.slug.taken"));
		this.slugHistory.countryOf(slug)
			.filter((iso2) -> existing.isEmpty() || !iso2.equals(existing.get().getIso2()))
			.ifPresent((iso2) -> errors.rejectValue("slug", "admin.country.slug.usedBefore", new Object[] { iso2 }, null));
		if (existing.isPresent() && slug.length() <= 3 && !slug.equals(existing.get().getCode())) {
			errors.rejectValue("slug", "admin.country.slug.tooShort");
		}
	}

	@Override
	public boolean creatable() {
		return false;
	}

	@Override
	public boolean deletable() {
		return false;
	}

}
