package org.a6portal;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupFailureAnalyzerTests {

	private final DatabaseStartupFailureAnalyzer analyzer = new DatabaseStartupFailureAnalyzer(
			new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/portal"));

	@Test
	void unreachableDatabaseIsOneSentenceWithWhatToDo() {
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped",
				new SQLException("Connection to db.example:5432 refused.\nMore detail", "08001")));
		assertThat(analysis.getDescription()).isEqualTo(
				"The portal cannot reach its database at jdbc:postgresql://db.example:5432/portal: Connection to db.example:5432 refused.");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(this.analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
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

}
