package org.a6portal.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A record form posted after the editor's session ended (expired, or signed out in another tab), or with a CSRF
 * token that is no longer valid (the editor signed in again elsewhere): what they typed is kept
 * ({@link PendingForms}) and, once they are signed in, shown again in the form to check and save
 * ({@link ResumeFormFilter}). The sign-in page says that the session ended, instead of the 403 page's "for
 * administrators". Only a request carrying the portal's own SameSite cookies (CSRF or session), which browsers never
 * send with another site's form, is kept.
 */
class SessionEnded implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String COOKIE = "A6_RESUME";

	static final String LOGIN = "/admin/login?expired";

	/** Record forms: a new record's, or an existing one's. */
	private static final Pattern RECORD_FORM = Pattern.compile("/admin/[a-z0-9-]+/(new|[A-Za-z0-9_-]{1,40}/edit)");

	private final PendingForms pending;

	private final boolean secureCookies;

	private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/admin/login");

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	SessionEnded(PendingForms pending, boolean secureCookies) {
		this.pending = pending;
		this.secureCookies = secureCookies;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		if (!"POST".equals(request.getMethod())) {
			this.signIn.commence(request, response, exception);
			return;
		}
		keep(request, response);
		redirect(request, response, LOGIN);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		if (!(exception instanceof CsrfException) || !"POST".equals(request.getMethod()) || !isAdmin(request)) {
			this.forbidden.handle(request, response, exception);
			return;
		}
		Optional<String> kept = keep(request, response);
		if (isSignedIn() && kept.isPresent()) {
			// signed in again in another tab since this page was loaded: the form again, with what was typed
			redirect(request, response, path(request) + "?resume");
		}
		else if (isSignedIn()) {
			this.forbidden.handle(request, response, exception);
		}
		else {
			redirect(request, response, LOGIN);
		}
	}

	private Optional<String> keep(HttpServletRequest request, HttpServletResponse response) {
		String path = path(request);
		if (!RECORD_FORM.matcher(path).matches() || !hasOwnCookie(request)) {
			return Optional.empty();
		}
		Optional<String> token = this.pending.keep(path, request.getParameterMap());
		token.ifPresent((value) -> response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value)
			.path(request.getContextPath() + "/admin")
			.maxAge(Duration.ofDays(1))
			.httpOnly(true)
			.secure(this.secureCookies)
			.sameSite("Lax")
			.build()
			.toString()));
		return token;
	}

	/**
	 * The CSRF and session cookies are SameSite (Lax): a form posted from another site carries neither, so a form
	 * kept here was posted from one of the portal's own pages.
	 */
	private static boolean hasOwnCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if ("XSRF-TOKEN".equals(cookie.getName()) || "SESSION".equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean isAdmin(HttpServletRequest request) {
		String path = path(request);
		return path.equals("/admin") || path.startsWith("/admin/");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** A redirect, as the sign-in page's always was (browsers follow a POST's 302 with a GET). */
	private static void redirect(HttpServletRequest request, HttpServletResponse response, String to) throws IOException {
		response.sendRedirect(request.getContextPath() + to);
	}

}
