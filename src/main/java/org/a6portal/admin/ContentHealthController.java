package org.a6portal.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.a6portal.admin.ContentHealthReport.Finding;
import org.a6portal.common.BadRequestException;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/content-health}: every content warning across the portal, each linked to the form that fixes it, a
 * page at a time, narrowed to one country ({@code ?country=PE}) and one kind of record
 * ({@code ?kind=cooperative_approach}) if asked. A value the page cannot mean is a 400 saying what it takes.
 */
@Controller
class ContentHealthController {

	private static final int ECHO = 40;

	private final ContentHealthReport report;

	private final CountryRepository countries;

	private final AdminReferenceData referenceData;

	ContentHealthController(ContentHealthReport report, CountryRepository countries, AdminReferenceData referenceData) {
		this.report = report;
		this.countries = countries;
		this.referenceData = referenceData;
	}

	@GetMapping("/admin/content-health")
	String contentHealth(ListQuery query, @RequestParam(name = "kind", required = false) @Nullable String kind,
			Model model) {
		String country = countryFilter(query.country());
		String kindFilter = kindFilter(kind);
		List<Finding> findings = this.report.findings()
			.stream()
			.filter((finding) -> country == null || finding.countries().contains(country))
			.filter((finding) -> kindFilter == null || finding.kind().equals(kindFilter))
			.toList();
		Page<Finding> results = pageOf(findings, query);
		model.addAttribute("results", results);
		model.addAttribute("findingCount", findings.size());
		model.addAttribute("warningCount", findings.stream().mapToInt((finding) -> finding.warnings().size()).sum());
		model.addAttribute("query", query);
		model.addAttribute("country", country);
		model.addAttribute("kind", kindFilter);
		model.addAttribute("kinds", this.report.kinds());
		model.addAttribute("basePath", "/admin/content-health");
		this.referenceData.addCountries(model);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> countryNames = new HashMap<>();
		for (Object each : (List<?>) model.getAttribute("allCountries")) {
			Country named = (Country) each;
			countryNames.put(named.getIso2(), named.name(locale));
		}
		Map<String, String> countriesOf = new HashMap<>();
		for (Finding finding : results) {
			countriesOf.put(finding.editPath(), finding.countries()
				.stream()
				.map((code) -> countryNames.getOrDefault(code, code))
				.collect(Collectors.joining(", ")));
		}
		model.addAttribute("countriesOf", countriesOf);
		return "admin/content-health";
	}

	/** The country asked for, as an upper-case code; {@code null} for any. */
	private @Nullable String countryFilter(@Nullable String requested) {
		if (requested == null || requested.isBlank()) {
			return null;
		}
		String code = requested.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{2}") || this.countries.findByIso2(code).isEmpty()) {
			throw new InvalidHealthFilterException("country", requested);
		}
		return code;
	}

	/** The kind of record asked for; {@code null} for any. */
	private @Nullable String kindFilter(@Nullable String requested) {
		if (requested == null || requested.isBlank()) {
			return null;
		}
		String kind = requested.strip();
		if (!this.report.kinds().contains(kind)) {
			throw new InvalidHealthFilterException("kind", requested);
		}
		return kind;
	}

	/** One page of findings, as long as an admin list's; past the last page, the last page. */
	private static Page<Finding> pageOf(List<Finding> findings, ListQuery query) {
		int lastPage = Math.max(0, (findings.size() - 1) / ListQuery.PAGE_SIZE);
		int page = Math.min(lastPage, (query.page() != null) ? Math.max(query.page(), 0) : 0);
		int from = page * ListQuery.PAGE_SIZE;
		List<Finding> content = findings.subList(from, Math.min(findings.size(), from + ListQuery.PAGE_SIZE));
		return new PageImpl<>(content, PageRequest.of(page, ListQuery.PAGE_SIZE), findings.size());
	}

	/** A country or kind the page cannot filter by: a 400 page saying which values it takes. */
	static final class InvalidHealthFilterException extends BadRequestException {

		private final String parameter;

		InvalidHealthFilterException(String parameter, String value) {
			super("Invalid " + parameter + " '" + value + "'",
					(value.length() > ECHO) ? value.substring(0, ECHO) + "…" : value);
			this.parameter = parameter;
		}

		@Override
		public String messageKey() {
			return "admin.healthPage.invalid." + this.parameter;
		}

	}

}
