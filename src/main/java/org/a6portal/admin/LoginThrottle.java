package org.a6portal.admin;

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

	private final Sleeper sleeper;

	@Autowired
	LoginThrottle(JdbcClient jdbc, @Value("${portal.login.slow-after:3}") int slowAfter,
			@Value("${portal.login.lock-after:8}") int lockAfter,
			@Value("${portal.login.address-lock-after:30}") int addressLockAfter,
			@Value("${portal.login.window:PT15M}") Duration window,
			@Value("${portal.login.delay-step:PT0.5S}") Duration delayStep) {
		this(jdbc, new Settings(slowAfter, lockAfter, addressLockAfter, window, delayStep), Thread::sleep);
	}

	LoginThrottle(JdbcClient jdbc, Settings settings, Sleeper sleeper) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.sleeper = sleeper;
	}

	/**
	 * Before checking a password: refuses while the account or address is locked out, otherwise waits longer the more
	 * recent failures there are.
	 * @throws LoginLockedException while locked out
	 */
	@Transactional(readOnly = true)
	public void beforeAttempt(String account, String address) {
		int accountFailures = count("account", account);
		int addressFailures = count("address", address);
		if (accountFailures >= this.settings.lockAfter() || addressFailures >= this.settings.addressLockAfter()) {
			throw new LoginLockedException(this.settings.window().toMinutes());
		}
		Duration delay = this.settings.delayFor(Math.max(accountFailures, addressFailures));
		if (!delay.isZero()) {
			try {
				this.sleeper.sleep(delay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
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

	private int count(String column, String value) {
		return this.jdbc
			.sql("SELECT count(*) FROM login_failure WHERE " + column
					+ " = ? AND failed_at > now() - make_interval(secs => ?)")
			.params(value, this.settings.window().toSeconds())
			.query(Integer.class)
			.single();
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

	@FunctionalInterface
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

}
