package org.a6portal;

import java.sql.SQLException;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns the start-up failures an operator meets most into one sentence and what to do, instead of pages of stack
 * trace: the database server cannot be reached, the database does not exist, the server refuses the user or its
 * password, or the schema does not match the migrations. Each says what fits its case: "start PostgreSQL" is no help
 * when the server runs and only the database is missing.
 */
class DatabaseStartupFailureAnalyzer implements FailureAnalyzer {

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
		SQLException sql = sqlExceptionWithState(failure);
		if (sql == null) {
			return null;
		}
		String state = sql.getSQLState();
		String reason = firstLine(sql.getMessage());
		if (state.equals("3D000")) {
			return new FailureAnalysis("The database server answers, but the database named in " + url()
					+ " does not exist: " + reason,
					"Create it (createdb " + databaseName() + ", as a PostgreSQL user allowed to), or point "
							+ "SPRING_DATASOURCE_URL at an existing database; the portal keeps its tables in its own "
							+ "schema, so any database will do (README, \"Set-up\").",
					failure);
		}
		// 28000: no such role, or pg_hba.conf refuses it; 28P01: wrong password; 08004: the server asked for a
		// password and none was given.
		if (state.startsWith("28") || state.equals("08004")) {
			return new FailureAnalysis("The database server at " + url() + " refuses the user \"" + username() + "\": "
					+ reason,
					"Set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a PostgreSQL role that exists and "
							+ "may sign in with that password; a stock PostgreSQL gives the role postgres no password, "
							+ "so set one (sudo -u postgres psql -c \"ALTER ROLE postgres PASSWORD '…'\") or create a role "
							+ "(sudo -u postgres createuser --pwprompt a6portal) (README, \"Set-up\").",
					failure);
		}
		if (state.startsWith("08")) {
			return new FailureAnalysis("The portal cannot reach its database at " + url() + ": " + reason,
					"Start PostgreSQL (sudo systemctl start postgresql, or docker compose up), or point the portal at a "
							+ "running server with SPRING_DATASOURCE_URL (README, \"Configuration\").",
					failure);
		}
		return null;
	}

	private String url() {
		return this.environment.getProperty("spring.datasource.url", "(no spring.datasource.url set)");
	}

	private String username() {
		return this.environment.getProperty("spring.datasource.username", "");
	}

	/** The database's name in a {@code jdbc:postgresql://host:port/name?options} URL. */
	private String databaseName() {
		String url = url();
		int hosts = url.indexOf("//");
		int path = (hosts >= 0) ? url.indexOf('/', hosts + 2) : -1;
		if (path < 0) {
			return "<name>";
		}
		int options = url.indexOf('?', path);
		String name = url.substring(path + 1, (options >= 0) ? options : url.length());
		return name.isEmpty() ? "<name>" : name;
	}

	private static String firstLine(@Nullable String message) {
		return (message != null) ? message.lines().findFirst().orElse("").strip() : "";
	}

	private static @Nullable SQLException sqlExceptionWithState(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof SQLException sql && sql.getSQLState() != null) {
				return sql;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
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
