package org.a6portal.pagecache;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.web.LanguageResolver;
import org.a6portal.web.PortalAddress;
import org.a6portal.web.PublicCaching;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public responses from memory. A response is kept when it was rendered for an anonymous visitor at the
 * portal's own address ({@link PortalAddress}: a request for another host is answered, never cached), answered
 * 200, declared itself publicly cacheable ({@link PublicCaching}) and was rendered at the revision this instance
 * knows as current; it is served again until the revision moves on.
 * <ul>
 * <li>A page is cached on its path, its language and the query parameters its render read ({@link ParameterReads}),
 * so {@code ?utm_source=…} or any other parameter the page ignores is served from the same entry.</li>
 * <li>Conditional requests are answered by Spring's {@link ServletWebRequest#checkNotModified}, as on the rendered
 * path ({@link PublicValidators}): If-None-Match with a list of tags, If-Modified-Since.</li>
 * <li>Text bodies are kept gzip-compressed too, and sent so to clients that accept gzip, with no compression on a
 * hit.</li>
 * <li>Only headers the application set are stored; the security and CORS headers of the filters in front are added
 * afresh on every answer.</li>
 * </ul>
 * Requests that carry a session (editors) and everything under /admin pass straight through; error answers are marked
 * {@code no-store} on the way out.
 */
public class RenderedPageCache extends OncePerRequestFilter {

	private static final List<String> STORED_HEADERS = List.of(HttpHeaders.CACHE_CONTROL,
			HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LANGUAGE);

	private final CurrentRevision revision;

	private final PortalAddress address;

	private final LanguageResolver languages = new LanguageResolver();

	private final Cache<String, Page> pages;

	/** Per path, the parameters its renders read. */
	private final Cache<String, ParameterReads.Read> reads;

	public RenderedPageCache(CurrentRevision revision, PortalAddress address, long maximumBytes) {
		this.revision = revision;
		this.address = address;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maximumBytes)
			.weigher((String key, Page page) -> key.length() + page.weight())
			.build();
		this.reads = Caffeine.newBuilder().maximumSize(50_000).build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || path.startsWith("/admin")
				|| path.startsWith("/error") || !this.address.isOwnHost(request.getServerName()) || hasSession(request)
				|| signedIn();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		String language = this.languages.resolveLocale(request).getLanguage();
		long current = this.revision.get();
		ParameterReads.Read known = this.reads.getIfPresent(path);
		if (known != null) {
			Page page = this.pages.getIfPresent(key(language, path, known, request));
			if (page != null && page.revision() == current) {
				serve(page, request, response);
				return;
			}
		}
		Set<String> varyBefore = vary(response);
		ParameterReads reading = new ParameterReads(request);
		ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
		chain.doFilter(reading, recording);
		Object renderedAt = request.getAttribute(PublicCaching.RENDERED_AT_REVISION);
		if (renderedAt instanceof Long at && at > current) {
			// the page was rendered from committed data newer than this instance had heard of
			current = this.revision.advanceTo(at);
		}
		if (recording.getStatus() >= 400) {
			recording.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		if (cacheable(request, recording, renderedAt, current)) {
			ParameterReads.Read read = this.reads.asMap().merge(path, reading.read(), ParameterReads.Read::union);
			Page page = store(current, request, recording, varyBefore);
			this.pages.put(key(language, path, read, request), page);
			answer(page, request, response);
			return;
		}
		recording.copyBodyToResponse();
	}

	private static boolean cacheable(HttpServletRequest request, ContentCachingResponseWrapper recording,
			@Nullable Object renderedAt, long current) {
		String cacheControl = recording.getHeader(HttpHeaders.CACHE_CONTROL);
		return "GET".equals(request.getMethod()) && recording.getStatus() == 200 && renderedAt instanceof Long at
				&& at == current && cacheControl != null && cacheControl.contains("public")
				&& recording.getHeader(HttpHeaders.SET_COOKIE) == null
				&& recording.getHeader(HttpHeaders.CONTENT_ENCODING) == null && !hasSession(request);
	}

	private static Page store(long revision, HttpServletRequest request, ContentCachingResponseWrapper recording,
			Set<String> varyBefore) {
		byte[] body = recording.getContentAsByteArray();
		String contentType = recording.getContentType();
		byte[] gzip = Gzip.worthIt(contentType, body.length) ? Gzip.compress(body) : null;
		List<String[]> headers = new ArrayList<>();
		for (String name : STORED_HEADERS) {
			String value = recording.getHeader(name);
			if (value != null) {
				headers.add(new String[] { name, value });
			}
		}
		Set<String> vary = vary(recording);
		vary.removeAll(varyBefore);
		if (gzip != null) {
			vary.add(HttpHeaders.ACCEPT_ENCODING);
		}
		long lastModified = (request.getAttribute(PublicCaching.LAST_MODIFIED) instanceof Instant instant
				&& instant.toEpochMilli() > 0) ? instant.toEpochMilli() : -1;
		return new Page(revision, body, gzip, contentType, recording.getHeader(HttpHeaders.ETAG), lastModified,
				headers, List.copyOf(vary));
	}

	private void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (String[] header : page.headers()) {
			response.setHeader(header[0], header[1]);
		}
		for (String field : page.vary()) {
			PublicCaching.addVary(response, field);
		}
		if (new ServletWebRequest(request, response).checkNotModified(page.etag(), page.lastModified())) {
			return;
		}
		answer(page, request, response);
	}

	/** The body, compressed if the client takes gzip, with the headers that go with it. */
	private static void answer(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (page.contentType() != null) {
			response.setContentType(page.contentType());
		}
		byte[] body = page.body();
		if (page.gzip() != null) {
			PublicCaching.addVary(response, HttpHeaders.ACCEPT_ENCODING);
			if (Gzip.accepted(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				body = page.gzip();
			}
		}
		response.setContentLength(body.length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** Path, language and the values of the parameters the path's renders read. */
	private static String key(String language, String path, ParameterReads.Read read, HttpServletRequest request) {
		return language + " " + path + "?" + read.of(request);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The fields the response's Vary names, in order. */
	private static Set<String> vary(HttpServletResponse response) {
		Set<String> fields = new LinkedHashSet<>();
		for (String header : response.getHeaders(HttpHeaders.VARY)) {
			for (String field : header.split(",")) {
				if (!field.isBlank()) {
					fields.add(field.strip());
				}
			}
		}
		return fields;
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

	/**
	 * A stored response.
	 * @param revision the content revision it was rendered at
	 * @param body the body as rendered
	 * @param gzip the body gzip-compressed, if worth it
	 * @param contentType its Content-Type
	 * @param etag its ETag
	 * @param lastModified its Last-Modified (epoch milliseconds), or -1
	 * @param headers the other headers the application set
	 * @param vary the fields its Vary names (besides those of the filters in front)
	 */
	private record Page(long revision, byte[] body, byte @Nullable [] gzip, @Nullable String contentType,
			@Nullable String etag, long lastModified, List<String[]> headers, List<String> vary) {

		int weight() {
			return this.body.length + ((this.gzip != null) ? this.gzip.length : 0) + 512;
		}

	}

}
