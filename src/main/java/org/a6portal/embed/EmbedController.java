package org.a6portal.embed;

import java.time.Instant;

import org.a6portal.common.NotFoundException;
import org.a6portal.country.Country;
import org.a6portal.profile.CountryProfileService;
import org.a6portal.record.ProfileSection;
import org.a6portal.web.PublicCaching;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /embed/countries/{code}} and {@code /embed/countries/{code}/{section}}: what a partner site frames. These
 * are the only routes other sites may frame (see the security headers filter).
 */
@Controller
class EmbedController {


	private final CountryProfileService profiles;

	EmbedController(CountryProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/embed/countries/{code}")
	ModelAndView country(Country country, @RequestAttribute(PublicCaching.LAST_MODIFIED) Instant lastModified) {
		return embed(country, null, lastModified);
	}

	@GetMapping("/embed/countries/{code}/{section}")
	ModelAndView section(Country country, @PathVariable String section,
			@RequestAttribute(PublicCaching.LAST_MODIFIED) Instant lastModified) {
		if (ProfileSection.ofAnchor(section).isEmpty()) {
			throw new NoSuchSectionException(section);
		}
		return embed(country, section, lastModified);
	}

	private ModelAndView embed(Country country, @Nullable String section, Instant lastModified) {
		ModelAndView page = new ModelAndView((section != null) ? "embed/section" : "embed/country");
		page.addObject("profile", this.profiles.profileOf(country, lastModified));
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
