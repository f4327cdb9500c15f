package org.a6portal.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every admin request of a signed-in session: if its account has since been disabled, lost a role the session
 * holds, or had its password changed, the session ends there and the editor is sent to the sign-in page. Ending the
 * sessions when the account changes ({@link EditorSessions}) does the same at once; this catches a session that was
 * in the middle of a request then, or signed in with the old password a moment before the change was saved.
 */
class SignedInAccountCheck extends OncePerRequestFilter {

	static final String ENDED = "/admin/login?ended";

	private final EditorAccounts accounts;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	SignedInAccountCheck(EditorAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/admin") || path.startsWith("/admin/")) || path.startsWith("/admin/login");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInEditor signedIn
				&& !this.accounts.stillHolds(signedIn)) {
			this.logout.logout(request, response, authentication);
			response.sendRedirect(request.getContextPath() + ENDED);
			return;
		}
		chain.doFilter(request, response);
	}

}
