package org.a6portal.web;

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
 * Last-Modified from the page's last public change, and a Cache-Control that lets browsers and CDNs keep a page a
 * minute and serve it stale while they revalidate. A conditional request whose validators still match gets a 304.
 * Signed-in editors see edit links, so their responses are private and never stored.
 */
public final class PublicCaching {

	/** The request attribute holding the content revision a public response was rendered at. */
	public static final String RENDERED_AT_REVISION = PublicCaching.class.getName() + ".revision";

	public static final CacheControl PUBLIC = CacheControl.maxAge(java.time.Duration.ofSeconds(60))
		.cachePublic()
		.staleWhileRevalidate(java.time.Duration.ofMinutes(5));

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
			response.setHeader(HttpHeaders.VARY, "Accept-Language");
		}
		String etag = "W/\"" + revision + "-" + variant.toLowerCase(Locale.ROOT) + "\"";
		return request.checkNotModified(etag, lastModified.toEpochMilli());
	}

	private static boolean isEditor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
