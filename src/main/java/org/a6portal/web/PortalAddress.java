package org.a6portal.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address ({@code portal.base-url}, or the {@code PORTAL_BASE_URL} environment variable), the
 * one source of every absolute URL the portal writes: canonical links, share tags, structured data, embed snippets,
 * the sitemap, robots.txt, feeds and the API description. Never taken from the request's Host header, which any
 * client can set: a page kept in the shared page cache would otherwise carry whatever host filled it.
 */
@Component
public class PortalAddress {

	private final String baseUrl;

	private final String host;

	PortalAddress(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
		URI uri = URI.create(baseUrl.strip());
		if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException("portal.base-url (PORTAL_BASE_URL) must be an http:// or https:// address"
					+ " such as https://article6.example.org, not '" + baseUrl + "'");
		}
		String text = uri.toString();
		this.baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
		this.host = uri.getHost().toLowerCase(Locale.ROOT);
	}

	/** The absolute base URL (scheme, host, port if any, path if any), without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** The absolute URL of a path under the portal, {@code /countries/pe}. */
	public String url(String path) {
		return this.baseUrl + path;
	}

	/** Whether a request's host name is the portal's own (any port): only those are answered from the page cache. */
	public boolean isOwnHost(String serverName) {
		return this.host.equalsIgnoreCase(serverName);
	}

}
