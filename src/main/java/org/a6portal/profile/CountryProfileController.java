package org.a6portal.profile;

import org.a6portal.country.CountryResolver;
import org.a6portal.country.CountryResolver.ResolvedCountry;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /countries/{code}}: the profile page at its canonical URL (lower-case alpha-2), and a permanent redirect
 * there from the alpha-2 code in other case, the alpha-3 code and the name slug.
 */
@Controller
class CountryProfileController {

	private final CountryResolver resolver;

	private final CountryProfileService profiles;

	CountryProfileController(CountryResolver resolver, CountryProfileService profiles) {
		this.resolver = resolver;
		this.profiles = profiles;
	}

	@GetMapping("/countries/{code}")
	ModelAndView show(@PathVariable String code) {
		ResolvedCountry resolved = this.resolver.resolve(code);
		if (!resolved.canonical()) {
			RedirectView redirect = new RedirectView("/countries/" + resolved.country().getCode(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setPropagateQueryParams(true);
			return new ModelAndView(redirect);
		}
		return new ModelAndView("profile/show", "profile", this.profiles.profileOf(resolved.country()));
	}

}
