package org.a6portal.feed;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.a6portal.country.Country;
import org.a6portal.country.CountryResolver;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /feeds/changes.atom}: the portal's latest public changes; {@code /countries/{code}/changes.atom}: those
 * touching one country, by its alpha-2 code in any case (the alpha-3 code and the name slug are redirected there).
 */
@Controller
class ChangesFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ChangeFeeds feeds;

	private final CountryResolver resolver;

	ChangesFeedController(ChangeFeeds feeds, CountryResolver resolver) {
		this.feeds = feeds;
		this.resolver = resolver;
	}

	@GetMapping("/feeds/changes.atom")
	ResponseEntity<byte[]> portal(Locale locale) {
		return atom(this.feeds.portal(baseUrl(), locale));
	}

	@GetMapping("/countries/{code}/changes.atom")
	ResponseEntity<byte[]> country(@PathVariable String code, Locale locale, HttpServletRequest request) {
		Country country = this.resolver.resolve(code).country();
		if (!country.getIso2().equalsIgnoreCase(code)) {
			String query = request.getQueryString();
			String canonical = baseUrl() + "/countries/" + country.getCode() + "/changes.atom"
					+ ((query != null) ? "?" + query : "");
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, canonical).build();
		}
		return atom(this.feeds.country(country, baseUrl(), locale));
	}

	private static ResponseEntity<byte[]> atom(AtomFeed feed) {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(AtomWriter.write(feed));
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
