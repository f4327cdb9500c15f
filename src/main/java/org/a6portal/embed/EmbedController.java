package org.a6portal.embed;

import java.util.List;
import java.util.Locale;

import org.a6portal.common.NotFoundException;
import org.a6portal.country.Country;
import org.a6portal.country.CountryResolver;
import org.a6portal.country.CountryResolver.ResolvedCountry;
import org.a6portal.profile.CountryPageValidators;
import org.a6portal.profile.CountryProfileService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /embed/countries/{code}} and {@code /embed/countries/{code}/{section}}: what a partner site frames. These
 * are the only routes other sites may frame (see the security headers filter).
 */
@Controller
class EmbedController {

	/** The profile's section anchors, which are also the embeddable sections. */
	static final List<String> SECTIONS = List.of("article-6-2", "article-6-4", "sectors", "national-targets",
			"sustainable-development", "capacity-building");

	private final CountryResolver resolver;

	private final CountryProfileService profiles;

	private final CountryPageValidators validators;

	EmbedController(CountryResolver resolver, CountryProfileService profiles, CountryPageValidators validators) {
		this.resolver = resolver;
		this.profiles = profiles;
		this.validators = validators;
	}

	@GetMapping("/embed/countries/{code}")
	@Nullable ModelAndView country(@PathVariable String code, ServletWebRequest request, Locale locale) {
		return embed(code, null, request, locale);
	}

	@GetMapping("/embed/countries/{code}/{section}")
	@Nullable ModelAndView section(@PathVariable String code, @PathVariable String section, ServletWebRequest request,
			Locale locale) {
		if (!SECTIONS.contains(section)) {
			throw new NoSuchSectionException(section);
		}
		return embed(code, section, request, locale);
	}

	private @Nullable ModelAndView embed(String code, @Nullable String section, ServletWebRequest request, Locale locale) {
		ResolvedCountry resolved = this.resolver.resolve(code);
		Country country = resolved.country();
		if (!resolved.canonical()) {
			RedirectView redirect = new RedirectView("/embed/countries/" + country.getCode()
					+ ((section != null) ? "/" + section : ""), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setPropagateQueryParams(true);
			return new ModelAndView(redirect);
		}
		CountryPageValidators.Freshness freshness = this.validators.check(request, country, "embed-" + locale.getLanguage());
		if (freshness.notModified()) {
			return null;
		}
		ModelAndView page = new ModelAndView((section != null) ? "embed/section" : "embed/country");
		page.addObject("profile", this.profiles.profileOf(country, freshness.lastModified()));
		page.addObject("section", section);
		return page;
	}

	/** The URL names a section the profile does not have. */
	static class NoSuchSectionException extends NotFoundException {

		NoSuchSectionException(String section) {
			super("No embeddable section '" + section + "'");
		}

	}

}
