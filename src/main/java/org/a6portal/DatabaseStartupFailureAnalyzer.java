package org.a6portal;

import java.sql.SQLException;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns the two start-up failures an operator meets most (the database cannot be reached, or its schema does not
 * match the migrations) into one sentence and what to do, instead of pages of stack trace.
 */
class DatabaseStartupFailureAnalyzer implements FailureAnalyzer {

	private static final String CONFIGURE = "Start PostgreSQL, or point the portal at yours with SPRING_DATASOURCE_URL, "
			+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (README, \"Configuration\").";

	private final Environment environment;

	DatabaseStartupFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		FlywayValidateException invalid = find(failure, FlywayValidateException.class);
		if (invalid != null) {
			return new FailureAnalysis("The database schema at " + url() + " does not match the portal's migrations: "
					+ firstLine(invalid.getMessage()),
					"Use a database this version of the portal migrated, or an empty one; never edit an applied migration.",
					failure);
		}
		SQLException sql = find(failure, SQLException.class);
		if (sql != null && sql.getSQLState() != null && isConnectionProblem(sql.getSQLState())) {
			return new FailureAnalysis("The portal cannot reach its database at " + url() + ": " + firstLine(sql.getMessage()),
					CONFIGURE, failure);
		}
		return null;
	}

	/** Connection exceptions (08), invalid authorisation (28), unknown database (3D000). */
	private static boolean isConnectionProblem(String sqlState) {
		return sqlState.startsWith("08") || sqlState.startsWith("28") || sqlState.equals("3D000");
	}

	private String url() {
		return this.environment.getProperty("spring.datasource.url", "(no spring.datasource.url set)");
	}

	private static String firstLine(@Nullable String message) {
		return (message != null) ? message.lines().findFirst().orElse("").strip() : "";
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

}
