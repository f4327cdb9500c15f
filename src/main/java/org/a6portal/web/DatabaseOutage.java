package org.a6portal.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a failure because PostgreSQL cannot be reached (no connection within the pool's timeout, a refused or broken
 * connection, a server shutting down) from every other failure. Such failures are answered with 503 Service
 * Unavailable and a {@code Retry-After}, not a 500: the request was fine and will work again once the database is
 * back.
 */
public final class DatabaseOutage {

	/** How long clients are asked to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	/** The title of the API's problem. */
	public static final String TITLE = "Service unavailable";

	/** The detail of the API's problem. */
	public static final String DETAIL = "The database is unavailable; nothing was read or changed. Please try again in "
			+ RETRY_AFTER.toSeconds() + " seconds.";

	private static final String CLOSED_CONNECTION = "Connection is closed";

	private DatabaseOutage() {
	}

	/** Whether the failure, or anything that caused it, says the database cannot be reached. */
	public static boolean causedBy(@Nullable Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
			if (isOutage(cause)) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getNextException() != null && isOutage(sql.getNextException())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOutage(Throwable failure) {
		if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
				|| failure instanceof DataAccessResourceFailureException) {
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() == null
				&& CLOSED_CONNECTION.equals(sql.getMessage())) {
			// Hikari's stand-in for a connection it closed after a connection error: a query failed on a broken
			// connection, then rolling back failed on the closed one, and that rollback failure is what propagates
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			// 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or not yet accepting
			return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
		}
		return failure.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException");
	}

	/** The {@code Retry-After} header value, in seconds. */
	public static String retryAfter() {
		return String.valueOf(RETRY_AFTER.toSeconds());
	}

}
