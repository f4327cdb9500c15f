package org.a6portal.web;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load balancers get the liveness and readiness probes; nothing else of the actuator answers.
 */
@IntegrationTest
class HealthProbesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void livenessAndReadinessAnswerUpWithoutDetails() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			assertThat(this.mvc.get().uri(probe)).as(probe).hasStatusOk().bodyJson().isStrictlyEqualTo("{\"status\":\"UP\"}");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/db", "/actuator/env", "/actuator/beans",
			"/actuator/info", "/actuator/heapdump", "/actuator/health/readiness/db" })
	void everyOtherActuatorAddressIsNotFound(String uri) {
		assertThat(this.mvc.get().uri(uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void probesCannotBeChanged() {
		assertThat(this.mvc.post().uri("/actuator/health/readiness")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
