package org.a6portal.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down, then refuses for a while, repeated failed sign-ins for one account or from one address. Failures live
 * in PostgreSQL, so every instance of the portal counts the same ones.
 */
@Service
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final Settings settings;

	@Autowired
	LoginThrottle(JdbcClient jdbc, @Value("${portal.login.slow-after:3}") int slowAfter,
			@Value("${portal.login.lock-after:8}") int lockAfter,
			@Value("${portal.login.address-lock-after:30}") int addressLockAfter,
			@Value("${portal.login.window:PT15M}") Duration window,
			@Value("${portal.login.delay-step:PT0.5S}") Duration delayStep) {
		this(jdbc, new Settings(slowAfter, lockAfter, addressLockAfter, window, delayStep));
	}

	LoginThrottle(JdbcClient jdbc, Settings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Before checking a password: refuses while the account or address is locked out, otherwise says how long the
	 * attempt must wait (longer the more recent failures there are). Deliberately not transactional: the one query
	 * borrows a connection and gives it back at once, so that the caller waits without holding one (a wait inside a
	 * transaction kept a pooled connection for seconds per attempt, and a few dozen failed sign-ins starved the pages).
	 * @return the wait before the password may be checked, zero for none
	 * @throws LoginLockedException while locked out
	 */
	public Duration beforeAttempt(String account, String address) {
		Failures failures = this.jdbc
			.sql("SELECT count(*) FILTER (WHERE account = :account) AS account_failures,"
					+ " count(*) FILTER (WHERE address = :address) AS address_failures FROM login_failure"
					+ " WHERE (account = :account OR address = :address) AND failed_at > now() - make_interval(secs => :window)")
			.param("account", account)
			.param("address", address)
			.param("window", this.settings.window().toSeconds())
			.query(Failures.class)
			.single();
		if (failures.accountFailures() >= this.settings.lockAfter()
				|| failures.addressFailures() >= this.settings.addressLockAfter()) {
			throw new LoginLockedException(this.settings.window().toMinutes());
		}
		return this.settings.delayFor(Math.max(failures.accountFailures(), failures.addressFailures()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String account, String address) {
		this.jdbc.sql("INSERT INTO login_failure (account, address) VALUES (?, ?)").params(account, address).update();
	}

	/** A successful sign-in clears the account's failures and prunes old rows. */
	@Transactional
	public void succeeded(String account) {
		this.jdbc.sql("DELETE FROM login_failure WHERE account = ?").param(account).update();
		this.jdbc.sql("DELETE FROM login_failure WHERE failed_at < now() - make_interval(secs => ?)")
			.param(this.settings.window().toSeconds())
			.update();
	}

	/**
	 * @param slowAfter failures after which each attempt waits
	 * @param lockAfter failures of one account that lock it out for the window
	 * @param addressLockAfter failures from one address that lock it out for the window
	 * @param window how far back failures count, and how long a lock-out lasts
	 * @param delayStep the wait added by each failure past {@code slowAfter}
	 */
	record Settings(int slowAfter, int lockAfter, int addressLockAfter, Duration window, Duration delayStep) {

		Duration delayFor(int failures) {
			int excess = failures - this.slowAfter + 1;
			return (excess > 0) ? this.delayStep.multipliedBy(Math.min(excess, 8)) : Duration.ZERO;
		}

	}

	record Failures(int accountFailures, int addressFailures) {
	}

}
