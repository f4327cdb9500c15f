package org.a6portal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the shared layout needs from every request: the path (language links, canonical link) and the base URL.
 */
@ControllerAdvice
class LayoutAttributes {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** The portal's absolute base URL, for canonical links, share previews and embed snippets. */
	@ModelAttribute("baseUrl")
	String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
