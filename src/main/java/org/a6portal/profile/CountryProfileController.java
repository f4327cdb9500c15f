package org.a6portal.profile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.a6portal.country.Country;
import org.a6portal.country.CountryResolver;
import org.a6portal.country.CountryResolver.ResolvedCountry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /countries/{code}}: the profile page at its canonical URL (lower-case alpha-2), and a permanent redirect
 * there from the alpha-2 code in other case, the alpha-3 code, the name slug and any slug the country had before.
 * Conditional requests whose validators still match get a 304 without the page being assembled.
 */
@Controller
class CountryProfileController {

	private final CountryResolver resolver;

	private final CountryProfileService profiles;

	private final CountryPageValidators validators;

	private final JsonMapper json;

	CountryProfileController(CountryResolver resolver, CountryProfileService profiles, CountryPageValidators validators,
			JsonMapper json) {
		this.resolver = resolver;
		this.profiles = profiles;
		this.validators = validators;
		this.json = json;
	}

	@GetMapping("/countries/{code}")
	@Nullable ModelAndView show(@PathVariable String code, ServletWebRequest request, Locale locale) {
		ResolvedCountry resolved = this.resolver.resolve(code);
		if (!resolved.canonical()) {
			return redirect("/countries/" + resolved.country().getCode());
		}
		Country country = resolved.country();
		CountryPageValidators.Freshness freshness = this.validators.check(request, country, locale.getLanguage());
		if (freshness.notModified()) {
			return null;
		}
		ModelAndView page = new ModelAndView("profile/show", "profile",
				this.profiles.profileOf(country, freshness.lastModified()));
		page.addObject("pageTitle", country.name(locale));
		page.addObject("ogImage", "/countries/" + country.getCode() + "/preview.png");
		page.addObject("jsonLd", structuredData(country, locale, freshness.lastModified()));
		return page;
	}

	/** schema.org data for search engines: this page is about this country, changed on that day. */
	private String structuredData(Country country, Locale locale, Instant lastModified) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "WebPage");
		data.put("url", base + "/countries/" + country.getCode());
		data.put("name", country.name(locale));
		data.put("inLanguage", locale.getLanguage());
		data.put("dateModified", lastModified.toString());
		data.put("about", Map.of("@type", "Country", "name", country.getNameEn(), "identifier", country.getIso2()));
		data.put("isPartOf", Map.of("@type", "WebSite", "url", base + "/"));
		// "</" could end the script element early; JSON allows "\/" in its place
		return this.json.writeValueAsString(data).replace("</", "<\\/");
	}

	static ModelAndView redirect(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setPropagateQueryParams(true);
		return new ModelAndView(redirect);
	}

}
