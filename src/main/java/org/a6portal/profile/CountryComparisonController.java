package org.a6portal.profile;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.a6portal.country.Country;
import org.a6portal.country.CountryResolver;
import org.a6portal.web.LanguageResolver;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /compare?c=pe,gh}: up to four countries side by side, section by section. Any other way of naming the same
 * countries (upper case, alpha-3 codes or names, repeats, one {@code c} per country as the picker sends them) answers
 * 301 to the canonical address. A public GET: the page cache keeps it on {@code c} (and the language).
 */
@Controller
class CountryComparisonController {

	private final CountryComparisonService comparisons;

	private final CountryResolver resolver;

	CountryComparisonController(CountryComparisonService comparisons, CountryResolver resolver) {
		this.comparisons = comparisons;
		this.resolver = resolver;
	}

	@GetMapping("/compare")
	ModelAndView compare(HttpServletRequest request, Locale locale) {
		String[] values = request.getParameterValues(ComparedCountries.PARAMETER);
		List<String> names = ComparedCountries.names(values);
		String lang = (LanguageResolver.SUPPORTED.stream()
			.anyMatch((supported) -> supported.getLanguage().equals(request.getParameter(LanguageResolver.PARAMETER))))
				? request.getParameter(LanguageResolver.PARAMETER) : null;
		List<Country> all = this.comparisons.allCountries(locale);
		List<Country> compared = ComparedCountries.resolve(names, all, this.resolver, lang);
		List<String> codes = compared.stream().map(Country::getCode).toList();
		if (values != null && !(values.length == 1 && !codes.isEmpty() && values[0].equals(String.join(",", codes)))) {
			RedirectView canonical = new RedirectView(ComparedCountries.href(codes, lang), true);
			canonical.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			canonical.setExposeModelAttributes(false);
			return new ModelAndView(canonical);
		}
		ModelAndView page = new ModelAndView("compare/show");
		page.addObject("comparison", this.comparisons.compare(compared, all, locale));
		page.addObject("choices", all.stream().filter((country) -> !compared.contains(country)).toList());
		page.addObject("links", new ComparedCountries.Links(codes, lang));
		page.addObject("currentPath", ComparedCountries.href(codes, null));
		page.addObject("pageTitle", title(compared, locale));
		return page;
	}

	private static @Nullable String title(List<Country> compared, Locale locale) {
		return compared.isEmpty() ? null
				: compared.stream().map((country) -> country.name(locale)).collect(Collectors.joining(" · "));
	}

}
