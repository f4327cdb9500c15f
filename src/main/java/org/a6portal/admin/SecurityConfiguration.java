package org.a6portal.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who may see what: the public pages are open; {@code /admin/**} needs an editor, {@code /admin/users/**} an
 * administrator. Form sign-in at {@code /admin/login} with CSRF protection (Spring Security's default on every form),
 * session-fixation protection and throttling of failed attempts. Of the actuator, only the health probes answer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

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
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login", "/admin/login/**")
			.permitAll()
			.requestMatchers("/admin/users", "/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.authenticationManager(authenticationManager)
			.formLogin((login) -> login.loginPage("/admin/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/admin", false)
				.failureHandler(loginFailureHandler()))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signedOut"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
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

	private static AuthenticationFailureHandler loginFailureHandler() {
		return (request, response, exception) -> {
			String reason = (exception instanceof LoginLockedException locked) ? "locked&minutes=" + locked.getMinutes()
					: "credentials";
			request.getSession().setAttribute(LoginController.LAST_EMAIL, request.getParameter("email"));
			response.sendRedirect(request.getContextPath() + "/admin/login?error=" + reason);
		};
	}

}
