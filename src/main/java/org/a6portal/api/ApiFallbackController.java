package org.a6portal.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other GET under {@code /api/}: a 404 problem in JSON, not the HTML error page a browser gets elsewhere.
 * Every mapped endpoint is more specific and wins.
 */
@RestController
@Hidden
class ApiFallbackController {

	@GetMapping("/api/**")
	void unknown(HttpServletRequest request) {
		throw new NoSuchApiResourceException(request.getRequestURI());
	}

}
