package org.a6portal.feed;

import java.util.Locale;

import org.a6portal.country.Country;
import org.a6portal.web.PortalAddress;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /feeds/changes.atom}: the portal's latest public changes; {@code /countries/{code}/changes.atom}: those
 * touching one country (its other names are redirected to the lower-case alpha-2 code, as on every country route).
 * Links are absolute, at the configured public address.
 */
@Controller
class ChangesFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ChangeFeeds feeds;

	private final PortalAddress address;

	ChangesFeedController(ChangeFeeds feeds, PortalAddress address) {
		this.feeds = feeds;
		this.address = address;
	}

	@GetMapping("/feeds/changes.atom")
	ResponseEntity<byte[]> portal(Locale locale) {
		return atom(this.feeds.portal(this.address.baseUrl(), locale));
	}

	@GetMapping("/countries/{code}/changes.atom")
	ResponseEntity<byte[]> country(Country country, Locale locale) {
		return atom(this.feeds.country(country, this.address.baseUrl(), locale));
	}

	private static ResponseEntity<byte[]> atom(AtomFeed feed) {
		return ResponseEntity.ok().contentType(ATOM).body(AtomWriter.write(feed));
	}

}
