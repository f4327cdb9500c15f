package org.a6portal.admin;

import java.util.UUID;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address a failed sign-in is counted against, as the portal runs by default (over real HTTP: forwarded headers
 * are read by Tomcat, which MockMvc leaves out). A proxy on the same machine is believed, and only for the address it
 * saw itself: the last one in X-Forwarded-For, not whatever the client put before it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, TestEditors.class })
class SignInAddressIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theAddressIsTheOneTheLocalProxySawNotTheOneTheClientClaimed() throws Exception {
		String email = "nobody-" + UUID.randomUUID() + "@example.org";
		this.jdbc.sql("DELETE FROM login_failure WHERE address IN ('127.0.0.1', '203.0.113.9')").update();

		assertThat(new SignInClient(this.port).failSignIn(email, "198.51.100.7, 203.0.113.9")).isEqualTo(302);

		assertThat(this.jdbc.sql("SELECT address FROM login_failure WHERE account = ?").param(email).query(String.class).list())
			.containsExactly("203.0.113.9");
	}

}
