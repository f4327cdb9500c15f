package org.a6portal.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.util.WebUtils;

/**
 * Who may see what: the public pages are open; {@code /admin/**} needs an editor, {@code /admin/users/**} an
 * administrator. Form sign-in at {@code /admin/login} with CSRF protection (Spring Security's default on every form),
 * session-fixation protection and throttling of failed attempts. Of the actuator, only the health probes answer.
 * <p>
 * Only a signed-in editor has a session (a row in PostgreSQL): before signing in, the CSRF token of the sign-in form,
 * the page asked for and the e-mail address of a failed attempt live in cookies. Each admin request checks that the
 * session's account still holds what it signed in with ({@link SignedInAccountCheck}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String LAST_EMAIL_COOKIE = "A6_LOGIN_EMAIL";

	/**
	 * The actuator: only the liveness and readiness probes, for load balancers; every other actuator address answers
	 * 404 as if it did not exist. No session is read or made, so the probes answer while the database is down.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
				.accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.NOT_FOUND.value())));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			EditorAccounts accounts, PendingForms pendingForms,
			@Value("${server.servlet.session.cookie.secure:true}") boolean secureCookies) throws Exception {
		CookieRequestCache requestCache = new CookieRequestCache();
		SessionEnded sessionEnded = new SessionEnded(pendingForms, secureCookies);
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.secure(secureCookies).sameSite("Lax"));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login", "/admin/login/**", "/admin/password-reset/**")
			.permitAll()
			.requestMatchers("/admin/users", "/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.authenticationManager(authenticationManager)
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(sessionEnded)
				.accessDeniedHandler(sessionEnded))
			.formLogin((login) -> login.loginPage("/admin/login")
				.usernameParameter("email")
				.successHandler(loginSuccessHandler(pendingForms, requestCache))
				.failureHandler(loginFailureHandler(secureCookies)))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signedOut"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(new SignedInAccountCheck(accounts), AuthorizationFilter.class)
			// The portal's own filter sets framing and content-security headers per route; public pages are cacheable.
			.headers((headers) -> headers.frameOptions((frame) -> frame.disable()).cacheControl((cache) -> cache.disable()));
		return http.build();
	}

	@Bean
	AuthenticationManager authenticationManager(EditorAccounts accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * After signing in: the form this browser posted when its session had ended, if one is kept
	 * ({@link SessionEnded}); else the page asked for; else the dashboard.
	 */
	private static AuthenticationSuccessHandler loginSuccessHandler(PendingForms pendingForms, RequestCache requestCache) {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl("/admin");
		saved.setRequestCache(requestCache);
		return (request, response, authentication) -> {
			Cookie kept = WebUtils.getCookie(request, SessionEnded.COOKIE);
			Optional<String> form = pendingForms.pathOf((kept != null) ? kept.getValue() : null);
			if (form.isPresent()) {
				requestCache.removeRequest(request, response);
				response.sendRedirect(request.getContextPath() + form.get() + "?resume");
			}
			else {
				saved.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	/** Back to the sign-in form, which shows why and the address typed (kept a few minutes in a cookie). */
	private static AuthenticationFailureHandler loginFailureHandler(boolean secureCookies) {
		return (request, response, exception) -> {
			String reason = (exception instanceof LoginLockedException locked) ? "locked&minutes=" + locked.getMinutes()
					: "credentials";
			String email = request.getParameter("email");
			if (email != null && !email.isBlank() && email.length() <= 254) {
				ResponseCookie cookie = ResponseCookie.from(LAST_EMAIL_COOKIE, URLEncoder.encode(email.strip(), StandardCharsets.UTF_8))
					.path(request.getContextPath() + "/admin/login")
					.maxAge(Duration.ofMinutes(5))
					.httpOnly(true)
					.secure(secureCookies)
					.sameSite("Strict")
					.build();
				response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
			}
			response.sendRedirect(request.getContextPath() + "/admin/login?error=" + reason);
		};
	}

}
