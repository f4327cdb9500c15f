package org.a6portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 Service Unavailable with a {@code Retry-After} when a request failed because the database cannot be
 * reached ({@link DatabaseOutage}), wherever the failure happened: in a controller, or before one, in the filters
 * that read the editor's session or check a sign-in. The API gets a problem ({@code application/problem+json}),
 * everything else the 503 page in the visitor's language ({@link UnavailablePageController}), which also shows an
 * editor's unsaved form again.
 * <p>
 * Sits before Spring Session and Spring Security, so that the page is rendered by a forward that passes neither
 * (both would try the database again).
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final String UNAVAILABLE_PAGE = "/error/unavailable";

	/** The request attribute holding the method of the request that failed. */
	static final String FAILED_METHOD = DatabaseOutageFilter.class.getName() + ".method";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final JsonMapper json;

	DatabaseOutageFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			FailFastDataSource.request(() -> chain.doFilter(request, response));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("{} {} answered 503: the database is unavailable ({})", request.getMethod(),
					request.getRequestURI(), rootMessage(ex));
			unavailable(request, response);
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		response.reset();
		SecurityHeadersFilter.apply(request, response);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfter());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", DatabaseOutage.TITLE);
			problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
			problem.put("detail", DatabaseOutage.DETAIL);
			problem.put("instance", request.getRequestURI());
			response.getOutputStream().write(this.json.writeValueAsBytes(problem));
			return;
		}
		// The failed request's CSRF token would be read from the session (the database) if the page asked for it.
		request.removeAttribute(CsrfToken.class.getName());
		request.removeAttribute("_csrf");
		request.setAttribute(FAILED_METHOD, request.getMethod());
		// Spring Security sees the forward too: as a GET, it has no CSRF token to check (the session holding the
		// token cannot be read). The page changes nothing, and knows the method from FAILED_METHOD.
		HttpServletRequest asRead = new HttpServletRequestWrapper(request) {

			@Override
			public String getMethod() {
				return "GET";
			}

		};
		request.getRequestDispatcher(UNAVAILABLE_PAGE).forward(asRead, response);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
