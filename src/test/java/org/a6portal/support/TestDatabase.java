package org.a6portal.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place tests get their PostgreSQL: the database named by {@code PORTAL_TEST_DATABASE_URL} when it is set
 * (as {@code .ci/run} does on machines without Docker; the test {@code application.properties} reads it), otherwise a
 * Testcontainers PostgreSQL. Never an in-memory stand-in.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	static final String URL_VARIABLE = "PORTAL_TEST_DATABASE_URL";

	@Bean
	@ServiceConnection
	@Conditional(ContainerDatabase.class)
	PostgreSQLContainer postgres() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException("Tests need PostgreSQL: set " + URL_VARIABLE
					+ " to a fresh database (as .ci/run does) or run them where a Docker engine answers.");
		}
		return new PostgreSQLContainer("postgres:15-alpine");
	}

	static class ContainerDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return System.getenv(URL_VARIABLE) == null;
		}

	}

}
