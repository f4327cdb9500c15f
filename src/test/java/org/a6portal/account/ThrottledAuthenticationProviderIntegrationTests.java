package org.a6portal.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A slowed sign-in waits without a transaction and without a database connection bound to its thread, so that
 * failed sign-ins cannot starve the connection pool the pages need.
 */
@IntegrationTest
class ThrottledAuthenticationProviderIntegrationTests {

	@Autowired
	private LoginThrottle throttle;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aSlowedAttemptWaitsWithoutHoldingAConnection() {
		String account = "slowed-" + UUID.randomUUID() + "@example.org";
		for (int i = 0; i < 5; i++) {
			this.jdbc.sql("INSERT INTO login_failure (account, address) VALUES (?, ?)").params(account, "192.0.2.1").update();
		}
		List<String> duringWaits = new ArrayList<>();
		AuthenticationProvider wrongPassword = new AuthenticationProvider() {

			@Override
			public org.springframework.security.core.Authentication authenticate(
					org.springframework.security.core.Authentication authentication) {
				throw new BadCredentialsException("wrong password");
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return true;
			}

		};
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(wrongPassword, this.throttle,
				(Duration duration) -> duringWaits.add("waited " + duration + ", transaction active: "
						+ TransactionSynchronizationManager.isActualTransactionActive() + ", resources bound: "
						+ TransactionSynchronizationManager.getResourceMap().keySet()));

		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken(account, "wrong")));

		assertThat(duringWaits).singleElement().asString().endsWith("transaction active: false, resources bound: []");
		assertThat(this.jdbc.sql("SELECT count(*) FROM login_failure WHERE account = ?").param(account).query(Integer.class).single())
			.isEqualTo(6);
	}

}
