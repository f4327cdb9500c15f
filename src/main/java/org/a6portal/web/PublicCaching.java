package org.a6portal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * HTTP validators and cache headers for public pages and data: an ETag from the content revision and the language,
 * Last-Modified from the last public change, and a Cache-Control that lets browsers and CDNs keep a response a
 * minute and serve it stale while they revalidate. A conditional request whose validators still match gets a 304
 * (Spring's {@link ServletWebRequest#checkNotModified}, which the page cache uses too). Signed-in editors see edit
 * links, so their responses are private and never stored. Error responses are never public
 * ({@link ErrorsAreNotStored}).
 */
public final class PublicCaching {

	/** The request attribute holding the content revision a public response was rendered at. */
	public static final String RENDERED_AT_REVISION = PublicCaching.class.getName() + ".revision";

	/** The request attribute holding the response's Last-Modified ({@link Instant}), for "Last updated". */
	public static final String LAST_MODIFIED = "org.a6portal.web.PublicCaching.lastModified";

	public static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(60))
		.cachePublic()
		.staleWhileRevalidate(Duration.ofMinutes(5));

	static final String NO_STORE = "no-store";

	private PublicCaching() {
	}

	/**
	 * Sets the validators and cache headers; {@code true} if the client's copy is current and a 304 was prepared (the
	 * caller then returns without a body).
	 */
	public static boolean notModified(ServletWebRequest request, long revision, Instant lastModified, String variant) {
		HttpServletResponse response = request.getResponse();
		if (isEditor()) {
			if (response != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
			}
			return false;
		}
		request.setAttribute(RENDERED_AT_REVISION, revision, ServletWebRequest.SCOPE_REQUEST);
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC.getHeaderValue());
			addVary(response, HttpHeaders.ACCEPT_LANGUAGE);
		}
		String etag = "W/\"" + revision + "-" + variant.toLowerCase(Locale.ROOT) + "\"";
		return request.checkNotModified(etag, lastModified.toEpochMilli());
	}

	/** Adds a field to the response's Vary unless it is named there already (by another filter, say CORS). */
	public static void addVary(HttpServletResponse response, String field) {
		for (String header : response.getHeaders(HttpHeaders.VARY)) {
			for (String named : header.split(",")) {
				if (named.strip().equalsIgnoreCase(field) || named.strip().equals("*")) {
					return;
				}
			}
		}
		response.addHeader(HttpHeaders.VARY, field);
	}

	private static boolean isEditor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
