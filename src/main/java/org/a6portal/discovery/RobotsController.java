package org.a6portal.discovery;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * {@code /robots.txt}: crawlers may read every public page but not the admin section, and learn where the sitemap is.
 */
@Controller
class RobotsController {

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		UriComponents base = ServletUriComponentsBuilder.fromCurrentContextPath().build();
		String contextPath = (base.getPath() != null) ? base.getPath() : "";
		String robots = """
				User-agent: *
				Allow: %1$s/
				Disallow: %1$s/admin/

				Sitemap: %2$s/sitemap.xml
				""".formatted(contextPath, base.toUriString());
		return ResponseEntity.ok().contentType(TEXT).body(robots);
	}

}
