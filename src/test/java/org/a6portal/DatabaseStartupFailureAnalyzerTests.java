package org.a6portal;

import java.net.ServerSocket;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The start-up failures in one sentence each, with the action that fits the case. Failures a real PostgreSQL
 * produces on request (missing database, missing role) are in {@link DatabaseStartupFailureIntegrationTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupFailureAnalyzerTests {

	private final DatabaseStartupFailureAnalyzer analyzer = new DatabaseStartupFailureAnalyzer(new MockEnvironment()
		.withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/portal?ssl=true")
		.withProperty("spring.datasource.username", "portal"));

	@Test
	void unreachableServerSaysStartPostgresql() {
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped", new PSQLException(
				"Connection to db.example:5432 refused. Check that the hostname and port are correct.\nMore detail",
				PSQLState.CONNECTION_UNABLE_TO_CONNECT)));
		assertThat(analysis.getDescription()).isEqualTo("The portal cannot reach its database at "
				+ "jdbc:postgresql://db.example:5432/portal?ssl=true: Connection to db.example:5432 refused. "
				+ "Check that the hostname and port are correct.");
		assertThat(analysis.getAction()).startsWith("Start PostgreSQL").contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void missingDatabaseSaysCreateIt() {
		// as the server sends it: severity, SQLState and message fields
		FailureAnalysis analysis = this.analyzer.analyze(new PSQLException(
				new ServerErrorMessage("SFATAL\0VFATAL\0C3D000\0Mdatabase \"portal\" does not exist\0")));
		assertThat(analysis.getDescription()).contains("database server answers")
			.contains("FATAL: database \"portal\" does not exist");
		assertThat(analysis.getAction()).startsWith("Create it (createdb portal,").doesNotContain("Start PostgreSQL");
	}

	@Test
	void wrongPasswordSaysSetUserAndPassword() {
		FailureAnalysis analysis = this.analyzer.analyze(new PSQLException(
				"FATAL: password authentication failed for user \"portal\"", PSQLState.INVALID_PASSWORD));
		assertThat(analysis.getDescription()).isEqualTo("The database server at "
				+ "jdbc:postgresql://db.example:5432/portal?ssl=true refuses the user \"portal\": "
				+ "FATAL: password authentication failed for user \"portal\"");
		assertThat(analysis.getAction()).startsWith("Set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD")
			.contains("ALTER ROLE postgres PASSWORD")
			.doesNotContain("Start PostgreSQL");
	}

	@Test
	void missingRoleSaysSetUserAndPassword() {
		FailureAnalysis analysis = this.analyzer.analyze(new PSQLException("FATAL: role \"portal\" does not exist",
				PSQLState.INVALID_AUTHORIZATION_SPECIFICATION));
		assertThat(analysis.getAction()).startsWith("Set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void noPasswordWhereTheServerAsksForOneSaysSetUserAndPassword() {
		// what pgjdbc says when SPRING_DATASOURCE_PASSWORD is empty and the server wants SCRAM (a stock PostgreSQL)
		FailureAnalysis analysis = this.analyzer.analyze(new PSQLException(
				"The server requested SCRAM-based authentication, but no password was provided.",
				PSQLState.CONNECTION_REJECTED));
		assertThat(analysis.getAction()).startsWith("Set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(this.analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
		assertThat(this.analyzer.analyze(new SQLException("no state"))).isNull();
		assertThat(this.analyzer.analyze(new IllegalStateException("anything else"))).isNull();
	}

	@Test
	void startingAgainstAnUnreachableDatabaseFailsFastWithThatSentence(CapturedOutput output) {
		assertThatException().isThrownBy(() -> SpringApplication.run(PortalApplication.class,
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/postgres", "--server.port=0",
				"--spring.datasource.hikari.connection-timeout=2000", "--spring.docker.compose.enabled=false"));
		assertThat(output).contains("The portal cannot reach its database at jdbc:postgresql://127.0.0.1:1/postgres")
			.doesNotContain("\tat org.postgresql");
	}

	@Test
	void aPortInUseIsFoundBeforeTheDatabaseIsTouched(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			// the database is unreachable too: were the port checked only when the server starts listening, at the
			// end of start-up, the database failure would come first
			assertThatException().isThrownBy(() -> SpringApplication.run(PortalApplication.class,
					"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/postgres", "--server.port=" + port,
					"--spring.datasource.hikari.connection-timeout=2000", "--spring.docker.compose.enabled=false"));
			assertThat(output).contains("Port " + port + " is already in use by another program, so the portal cannot listen on it.")
				.contains("SERVER_PORT")
				.doesNotContain("cannot reach its database");
		}
	}

}
