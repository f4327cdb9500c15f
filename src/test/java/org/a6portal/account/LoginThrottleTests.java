package org.a6portal.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final LoginThrottle.Settings settings = new LoginThrottle.Settings(3, 8, 30, Duration.ofMinutes(15),
			Duration.ofMillis(500));

	@Test
	void firstFailuresCostNothing() {
		assertThat(this.settings.delayFor(0)).isZero();
		assertThat(this.settings.delayFor(2)).isZero();
	}

	@Test
	void eachFailurePastTheThresholdWaitsLonger() {
		assertThat(this.settings.delayFor(3)).isEqualTo(Duration.ofMillis(500));
		assertThat(this.settings.delayFor(5)).isEqualTo(Duration.ofMillis(1500));
	}

	@Test
	void theWaitIsCapped() {
		assertThat(this.settings.delayFor(100)).isEqualTo(Duration.ofSeconds(4));
	}

}
