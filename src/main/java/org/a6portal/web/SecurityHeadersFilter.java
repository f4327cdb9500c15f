package org.a6portal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy (no inline script or style anywhere: templates keep to that), no framing by
 * other sites except of /embed/**, no MIME sniffing, a referrer policy that still tells partner sites where visitors
 * came from, a Permissions-Policy that turns off the device features the portal never uses, and no caching of
 * anything under /admin. Errors Tomcat answers before any filter runs get the same headers
 * ({@link ConnectorErrorHeaders}).
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Embeds are meant for other sites' iframes: any site may frame them, and only them. */
	static final String EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
			"frame-ancestors *");

	/** Device features no page uses; the clipboard (share fields) stays allowed for the portal itself. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		apply(request, response);
		chain.doFilter(request, response);
	}

	/** Sets the headers; also used again on a response that was reset to answer with an error instead. */
	static void apply(HttpServletRequest request, HttpServletResponse response) {
		boolean embed = request.getRequestURI().startsWith(request.getContextPath() + "/embed/");
		apply(response, embed);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
			response.setHeader("Cache-Control", "no-store");
		}
	}

	/** The headers every response carries; an embed may be framed by any site. */
	static void apply(HttpServletResponse response, boolean embed) {
		response.setHeader("Content-Security-Policy", embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (!embed) {
			response.setHeader("X-Frame-Options", "DENY");
		}
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
	}

}
