package org.a6portal.account;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for an account or from an address: refused for a while, whatever the password.
 */
public class LoginLockedException extends AuthenticationException {

	private final long minutes;

	LoginLockedException(long minutes) {
		super("Too many failed sign-ins; try again in " + minutes + " minutes");
		this.minutes = minutes;
	}

	public long getMinutes() {
		return this.minutes;
	}

}
