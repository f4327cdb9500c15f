package org.a6portal.profile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.a6portal.country.CanonicalCountryUrls;
import org.a6portal.country.Country;
import org.a6portal.web.PortalAddress;
import org.a6portal.web.PublicCaching;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /countries/{code}}: the profile page at its canonical URL (lower-case alpha-2; other names of the country
 * are redirected there by {@link CanonicalCountryUrls}). Conditional requests whose validators still match get a 304
 * before this runs.
 */
@Controller
class CountryProfileController {

	private final CountryProfileService profiles;

	private final PortalAddress address;

	private final JsonMapper json;

	CountryProfileController(CountryProfileService profiles, PortalAddress address, JsonMapper json) {
		this.profiles = profiles;
		this.address = address;
		this.json = json;
	}

	@GetMapping("/countries/{code}")
	ModelAndView show(Country country, @RequestAttribute(PublicCaching.LAST_MODIFIED) Instant lastModified,
			Locale locale) {
		ModelAndView page = new ModelAndView("profile/show", "profile", this.profiles.profileOf(country, lastModified));
		page.addObject("pageTitle", country.name(locale));
		page.addObject("ogImage", "/countries/" + country.getCode() + "/preview.png");
		page.addObject("jsonLd", structuredData(country, locale, lastModified));
		return page;
	}

	/** schema.org data for search engines: this page is about this country, changed on that day. */
	private String structuredData(Country country, Locale locale, Instant lastModified) {
		String base = this.address.baseUrl();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "WebPage");
		data.put("url", base + "/countries/" + country.getCode());
		data.put("name", country.name(locale));
		data.put("inLanguage", locale.getLanguage());
		if (lastModified.isAfter(Instant.EPOCH)) {
			data.put("dateModified", lastModified.toString());
		}
		data.put("about", Map.of("@type", "Country", "name", country.getNameEn(), "identifier", country.getIso2()));
		data.put("isPartOf", Map.of("@type", "WebSite", "url", base + "/"));
		// "</" could end the script element early; JSON allows "\/" in its place
		return this.json.writeValueAsString(data).replace("</", "<\\/");
	}

}
