package org.a6portal.account;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, with {@link LoginThrottle} consulted before and told after each attempt. The throttle's wait
 * happens here, outside any transaction and with no database connection checked out: a slowed attempt costs a
 * (virtual) thread, never a connection the pages need.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final Sleeper sleeper;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this(passwords, throttle, (duration) -> Thread.sleep(duration));
	}

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Sleeper sleeper) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.sleeper = sleeper;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String account = Editor.normalise(authentication.getName());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		pause(this.throttle.beforeAttempt(account, address));
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(account);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(account, address);
			throw ex;
		}
	}

	private void pause(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			this.sleeper.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@FunctionalInterface
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

}
