package org.a6portal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs from every request: the path (language links, canonical link) and the base URL, which
 * is the configured public address ({@link PortalAddress}), never the request's Host.
 */
@ControllerAdvice
class LayoutAttributes {

	private final PortalAddress address;

	LayoutAttributes(PortalAddress address) {
		this.address = address;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The portal's absolute base URL, for canonical links, share previews and embed snippets. */
	@ModelAttribute("baseUrl")
	String baseUrl() {
		return this.address.baseUrl();
	}

}
