package org.a6portal.account;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.a6portal.PortalApplication;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The whole portal started on an empty schema of the test database, as an operator starts a new one, with an
 * {@code ADMIN_PASSWORD} under 12 characters: it refuses to start, in one sentence and without a stack trace.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AdministratorPasswordStartupIntegrationTests {

	private static final String SCHEMA = "a6portal_first_admin";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void dropTheSchema() {
		this.jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
	}

	@Test
	void aShortAdminPasswordStopsANewPortalWithOneSentence(CapturedOutput output) throws Exception {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		String[] arguments = Map.ofEntries(Map.entry("server.port", "0"), Map.entry("spring.datasource.url", hikari.getJdbcUrl()),
				Map.entry("spring.datasource.username", hikari.getUsername()),
				Map.entry("spring.datasource.password", (hikari.getPassword() != null) ? hikari.getPassword() : ""),
				Map.entry("spring.datasource.hikari.connection-init-sql", "SET search_path TO " + SCHEMA),
				Map.entry("spring.flyway.schemas", SCHEMA), Map.entry("spring.flyway.default-schema", SCHEMA),
				Map.entry("spring.jpa.properties.hibernate.default_schema", SCHEMA),
				Map.entry("spring.docker.compose.enabled", "false"), Map.entry("portal.seed.enabled", "false"),
				Map.entry("ADMIN_EMAIL", "first@example.org"), Map.entry("ADMIN_PASSWORD", "too-short"))
			.entrySet()
			.stream()
			.map((argument) -> "--" + argument.getKey() + "=" + argument.getValue())
			.toArray(String[]::new);
		assertThatException().isThrownBy(() -> {
			try (ConfigurableApplicationContext started = new SpringApplicationBuilder(PortalApplication.class).run(arguments)) {
				assertThat(started).as("a portal without an administrator").isNull();
			}
		});
		assertThat(output).contains("The portal did not start: ADMIN_PASSWORD is shorter than 12 characters, so the "
				+ "first administrator cannot be created.")
			.doesNotContain("\tat org.a6portal.account.FirstAdministrator");
		assertThat(this.jdbc.sql("SELECT count(*) FROM " + SCHEMA + ".app_user").query(Integer.class).single()).isZero();
	}

}
