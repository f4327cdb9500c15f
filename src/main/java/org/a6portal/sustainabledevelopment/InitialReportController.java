package org.a6portal.sustainabledevelopment;

import java.util.List;
import java.util.Objects;

import org.a6portal.common.RecordPage;
import org.a6portal.country.CountryRepository;
import org.a6portal.history.PublicRecordHistory;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /initial-reports/{slug}}: a published Article 6.2 initial report's own page, with its facts, its Party,
 * source and public history. A fixed number of statements.
 */
@Controller
class InitialReportController {

	static final String ENTITY_TYPE = "initial_report";

	private final SustainableDevelopmentRepository reports;

	private final CountryRepository countries;

	private final PublicRecordHistory history;

	InitialReportController(SustainableDevelopmentRepository reports, CountryRepository countries,
			PublicRecordHistory history) {
		this.reports = reports;
		this.countries = countries;
		this.history = history;
	}

	@GetMapping("/initial-reports/{slug}")
	@RecordPage(entityType = ENTITY_TYPE, table = "initial_report")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Model model) {
		InitialReport report = this.reports.findPublishedInitialReportBySlug(slug)
			.orElseThrow(() -> new NoSuchInitialReportException(slug));
		model.addAttribute("report", report);
		model.addAttribute("countries", this.countries.findByIso2In(List.of(report.getCountryIso2())));
		model.addAttribute("history", this.history.of(ENTITY_TYPE, Objects.requireNonNull(report.getId())));
		return "sustainabledevelopment/show";
	}

}
