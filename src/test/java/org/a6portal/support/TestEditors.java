package org.a6portal.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates editor accounts for tests, each with a unique address, so tests need not clean up after each other.
 */
@Component
public class TestEditors {

	public static final String PASSWORD = "a-long-test-password";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	TestEditors(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	/** A new account with the role ("editor" or "admin"); returns its e-mail address. */
	public String create(String role) {
		String email = role + "-" + UUID.randomUUID() + "@example.org";
		this.jdbc.sql("INSERT INTO app_user (email, display_name, password_hash, role) VALUES (?, ?, ?, ?)")
			.params(email, "Test " + role, this.passwordEncoder.encode(PASSWORD), role)
			.update();
		return email;
	}

}
