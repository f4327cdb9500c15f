package org.a6portal.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, with one wait per request at most: once a request has waited the pool's connection timeout in
 * vain, its further attempts (Spring Session saves a new session twice when the first save fails: once as the page
 * is flushed, once at the end) fail at once instead of waiting again. {@link DatabaseOutageFilter} marks where a
 * request begins and ends; outside requests (scheduled jobs, start-up) nothing changes.
 */
class FailFastDataSource extends DelegatingDataSource {

	private static final ThreadLocal<AtomicBoolean> unreachableInThisRequest = new ThreadLocal<>();

	FailFastDataSource(DataSource pool) {
		super(pool);
	}

	/** Runs a request; connection attempts within it fail at once after the first that failed for an outage. */
	static void request(Work work) throws Exception {
		unreachableInThisRequest.set(new AtomicBoolean());
		try {
			work.run();
		}
		finally {
			unreachableInThisRequest.remove();
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> super.getConnection(username, password));
	}

	private Connection connect(Connect connect) throws SQLException {
		AtomicBoolean unreachable = unreachableInThisRequest.get();
		if (unreachable != null && unreachable.get()) {
			throw new SQLTransientConnectionException("The database could not be reached earlier in this request", "08001");
		}
		try {
			return connect.connect();
		}
		catch (SQLException ex) {
			if (unreachable != null && DatabaseOutage.causedBy(ex)) {
				unreachable.set(true);
			}
			throw ex;
		}
	}

	@FunctionalInterface
	interface Work {

		void run() throws Exception;

	}

	@FunctionalInterface
	private interface Connect {

		Connection connect() throws SQLException;

	}

}
