package org.a6portal.account;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After an editor signed in again, {@code GET <form>?resume} shows the form they had posted when their session
 * ended ({@link SessionEnded}): the kept fields are handed to the form's own POST handler, marked
 * {@link #RESUMED}, which validates and shows them without saving. Runs after Spring Security, so only for a
 * signed-in editor who may open the form.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ResumeFormFilter extends OncePerRequestFilter {

	/** Request attribute: the form is re-presented, not saved. */
	public static final String RESUMED = ResumeFormFilter.class.getName() + ".resumed";

	private final PendingForms pending;

	ResumeFormFilter(PendingForms pending) {
		this.pending = pending;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getParameter("resume") == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/admin/")
				|| request.getUserPrincipal() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Optional<Map<String, String[]>> kept = this.pending.take(cookie(request), path);
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(SessionEnded.COOKIE, "")
			.path(request.getContextPath() + "/admin")
			.maxAge(0)
			.build()
			.toString());
		if (kept.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(RESUMED, Boolean.TRUE);
		chain.doFilter(new KeptForm(request, kept.get()), response);
	}

	private static @Nullable String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (SessionEnded.COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	/** The GET seen as the POST it stands for, with the kept fields as its parameters. */
	private static final class KeptForm extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		KeptForm(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			this.parameters = Map.copyOf(parameters);
		}

		@Override
		public String getMethod() {
			return "POST";
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return this.parameters.get(name);
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

	}

}
