package org.a6portal.discovery;

import java.nio.charset.StandardCharsets;

import org.a6portal.web.PortalAddress;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /robots.txt}: crawlers may read every public page but not the admin section, and learn where the sitemap is (at the
 * configured public address, {@link PortalAddress}).
 */
@Controller
class RobotsController {

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final PortalAddress address;

	RobotsController(PortalAddress address) {
		this.address = address;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String path = UriComponentsBuilder.fromUriString(this.address.baseUrl()).build().getPath();
		String contextPath = (path != null) ? path : "";
		String robots = """
				User-agent: *
				Allow: %1$s/
				Disallow: %1$s/admin/

				Sitemap: %2$s/sitemap.xml
				""".formatted(contextPath, this.address.baseUrl());
		return ResponseEntity.ok().contentType(TEXT).body(robots);
	}

}
