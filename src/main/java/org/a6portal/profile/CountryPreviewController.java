package org.a6portal.profile;

import org.a6portal.country.CountryResolver;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/countries/{code}/preview}: the profile page with its drafts, for editors (secured with /admin).
 */
@Controller
class CountryPreviewController {

	private final CountryResolver resolver;

	private final CountryProfileService profiles;

	CountryPreviewController(CountryResolver resolver, CountryProfileService profiles) {
		this.resolver = resolver;
		this.profiles = profiles;
	}

	@GetMapping("/admin/countries/{code}/preview")
	ModelAndView preview(@PathVariable String code) {
		ModelAndView page = new ModelAndView("profile/show", "profile",
				this.profiles.previewOf(this.resolver.resolve(code).country()));
		page.addObject("preview", true);
		return page;
	}

}
