package org.a6portal.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.web.LanguageResolver;
import org.a6portal.web.PublicCaching;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public responses from memory. A response is kept when it was rendered for an anonymous visitor, declared
 * itself publicly cacheable ({@link PublicCaching}) and was rendered at the revision this instance knows as current;
 * it is served again, or answered with a 304, until the revision moves on. Requests that carry a session (editors)
 * and everything under /admin pass straight through.
 */
public class RenderedPageCache extends OncePerRequestFilter {

	private static final List<String> STORED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
			HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

	private final CurrentRevision revision;

	private final LanguageResolver languages = new LanguageResolver();

	private final Cache<String, Page> pages;

	public RenderedPageCache(CurrentRevision revision, long maximumBytes) {
		this.revision = revision;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maximumBytes)
			.weigher((String key, Page page) -> key.length() + page.body().length + 512)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || path.startsWith("/admin")
				|| path.startsWith("/error") || hasSession(request) || signedIn();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		long current = this.revision.get();
		Page page = this.pages.getIfPresent(key);
		if (page != null && page.revision() == current) {
			serve(page, request, response);
			return;
		}
		ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recording);
		Object renderedAt = request.getAttribute(PublicCaching.RENDERED_AT_REVISION);
		if (renderedAt instanceof Long at && at > current) {
			// the page was rendered from committed data newer than this instance had heard of
			current = this.revision.advanceTo(at);
		}
		String cacheControl = recording.getHeader(HttpHeaders.CACHE_CONTROL);
		if ("GET".equals(request.getMethod()) && recording.getStatus() == 200 && renderedAt instanceof Long at && at == current && cacheControl != null
				&& cacheControl.contains("public") && !hasSession(request)) {
			List<String[]> headers = new ArrayList<>();
			for (String name : STORED_HEADERS) {
				String value = (name.equals(HttpHeaders.CONTENT_TYPE)) ? recording.getContentType() : recording.getHeader(name);
				if (value != null) {
					headers.add(new String[] { name, value });
				}
			}
			this.pages.put(key, new Page(current, recording.getContentAsByteArray(), headers));
		}
		recording.copyBodyToResponse();
	}

	private void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		String etag = null;
		for (String[] header : page.headers()) {
			response.setHeader(header[0], header[1]);
			if (header[0].equals(HttpHeaders.ETAG)) {
				etag = header[1];
			}
		}
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (etag != null && ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentLength(page.body().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

	/** Path, query and the language the page would be rendered in. */
	private String key(HttpServletRequest request) {
		Locale locale = this.languages.resolveLocale(request);
		String query = request.getQueryString();
		return locale.getLanguage() + " " + request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	private static boolean hasSession(HttpServletRequest request) {
		if (request.getRequestedSessionId() != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals("JSESSIONID") || cookie.getName().equals("SESSION")) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	long size() {
		return this.pages.estimatedSize();
	}

	private record Page(long revision, byte[] body, List<String[]> headers) {
	}

}
