package org.a6portal.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Who may see what: the public pages are open; {@code /admin/**} needs an editor, {@code /admin/users/**} an
 * administrator. Form sign-in at {@code /admin/login} with CSRF protection (Spring Security's default on every form),
 * session-fixation protection and throttling of failed attempts.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
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
