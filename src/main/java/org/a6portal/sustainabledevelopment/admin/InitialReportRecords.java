package org.a6portal.sustainabledevelopment.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.country.CountryRepository;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.InitialReportRepository;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentKinds;
import org.a6portal.record.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Initial reports as the editing service sees them: each is its Party's, on that Party's page.
 */
@Component
class InitialReportRecords implements SourcedRecords<InitialReport, InitialReportForm> {

	private final InitialReportRepository reports;

	private final CountryRepository countries;

	InitialReportRecords(InitialReportRepository reports, CountryRepository countries) {
		this.reports = reports;
		this.countries = countries;
	}

	@Override
	public RecordKind kind() {
		return SustainableDevelopmentKinds.INITIAL_REPORT;
	}

	@Override
	public Class<InitialReportForm> formType() {
		return InitialReportForm.class;
	}

	@Override
	public Optional<InitialReport> find(String id) {
		return id.matches("\\d{1,18}") ? this.reports.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public Optional<InitialReport> findBySlug(String slug) {
		return this.reports.findBySlug(slug);
	}

	@Override
	public InitialReportForm newForm() {
		return new InitialReportForm();
	}

	@Override
	public InitialReport create(InitialReportForm form) {
		InitialReport report = new InitialReport();
		apply(form, report);
		return report;
	}

	@Override
	public InitialReportForm toForm(InitialReport report) {
		return InitialReportForm.of(report);
	}

	@Override
	public void apply(InitialReportForm form, InitialReport report) {
		form.copyTo(report);
	}

	@Override
	public InitialReport save(InitialReport report) {
		return this.reports.save(report);
	}

	@Override
	public void delete(InitialReport report) {
		this.reports.delete(report);
	}

	@Override
	public String labelOf(InitialReport report) {
		return report.getTitle();
	}

	@Override
	public Set<String> countriesOf(InitialReport report) {
		return Set.of(report.getCountryIso2());
	}

	@Override
	public Stream<InitialReport> all() {
		return this.reports.findAllByOrderByCountryIso2AscSubmittedOnDesc().stream();
	}

	/** The notes speak of the report's own Party. */
	@Override
	public CheckedRecord contentOf(InitialReportForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", form.getTitle());
		if (form.getNotes() != null && !form.getNotes().isBlank()) {
			texts.put("notes", form.getNotes());
		}
		if (!form.getSourceTitle().isBlank()) {
			texts.put("sourceTitle", form.getSourceTitle());
		}
		@Nullable String country = form.getCountryIso2().isBlank() ? null : form.getCountryIso2();
		return new CheckedRecord(country, (country != null) ? Set.of(country) : Set.of(), texts, Set.of("notes"),
				form.getSourceUrl(), Map.of(), form.getLastReviewedOn());
	}

	@Override
	public void validate(InitialReportForm form, Optional<InitialReport> existing, Errors errors) {
		form.validateSourced(errors, this.reports.findBySlug(form.getSlug()), existing);
		if (!errors.hasFieldErrors("countryIso2") && this.countries.findByIso2(form.getCountryIso2()).isEmpty()) {
			errors.rejectValue("countryIso2", "admin.cooperation.countryUnknown");
		}
	}

}
