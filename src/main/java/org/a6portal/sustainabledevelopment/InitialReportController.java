package org.a6portal.sustainabledevelopment;

import java.util.List;
import java.util.Objects;

import org.a6portal.common.RecordSlug;
import org.a6portal.country.CountryRepository;
import org.a6portal.history.PublicRecordHistory;
import org.a6portal.record.RecordPage;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /initial-reports/{slug}}: a published Article 6.2 initial report's own page, with its facts, its Party,
 * source and public history; {@code /embed/initial-reports/{slug}}, the same facts for an iframe. A fixed number of
 * statements.
 */
@Controller
class InitialReportController {

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
	@RecordPage(SustainableDevelopmentKinds.INITIAL_REPORT_TYPE)
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Model model) {
		InitialReport report = load(slug, model);
		model.addAttribute("history", this.history.of(SustainableDevelopmentKinds.INITIAL_REPORT_TYPE, Objects.requireNonNull(report.getId())));
		return "sustainabledevelopment/show";
	}

	/** The report as a partner site frames it: its facts and source, with a link to its page. */
	@GetMapping("/embed/initial-reports/{slug}")
	@RecordPage(SustainableDevelopmentKinds.INITIAL_REPORT_TYPE)
	@Transactional(readOnly = true)
	String embed(@PathVariable String slug, Model model) {
		load(slug, model);
		return "sustainabledevelopment/embed";
	}

	private InitialReport load(String slug, Model model) {
		InitialReport report = this.reports.findPublishedInitialReportBySlug(RecordSlug.check(slug))
			.orElseThrow(() -> new NoSuchInitialReportException(slug));
		model.addAttribute("report", report);
		model.addAttribute("countries", this.countries.findByIso2In(List.of(report.getCountryIso2())));
		model.addAttribute("recordPath", "/initial-reports/" + report.getSlug());
		return report;
	}

}
