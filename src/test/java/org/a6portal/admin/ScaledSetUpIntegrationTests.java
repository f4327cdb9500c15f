package org.a6portal.admin;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scaled set-up as shipped (docker-compose.yml's portal instances behind deploy/nginx.conf): the portal runs with
 * the instances' forwarded-header settings, and a client that is not the proxy cannot choose the address its failed
 * sign-ins count against (spoofed addresses escaped the throttle, and spoofing an administrator's address locked them
 * out).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.maximum-pool-size=2")
@Import({ TestDatabase.class, TestEditors.class })
@DirtiesContext // its own context: closed afterwards, so that its connections go back to the shared PostgreSQL
class ScaledSetUpIntegrationTests {

	private static final Path COMPOSE = Path.of("docker-compose.yml");

	private static final Path NGINX = Path.of("deploy/nginx.conf");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void scaledInstanceSettings(DynamicPropertyRegistry registry) throws IOException {
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource("compose", scaledEnvironment());
		for (String property : new String[] { "server.forward-headers-strategy", "server.tomcat.remoteip.internal-proxies" }) {
			Object value = environment.getProperty(property);
			if (value != null) {
				registry.add(property, () -> value);
			}
		}
	}

	@Test
	void aClientThatIsNotTheProxyCannotChooseItsAddress() throws Exception {
		String email = "nobody-" + UUID.randomUUID() + "@example.org";
		this.jdbc.sql("DELETE FROM login_failure WHERE address IN ('127.0.0.1', '203.0.113.66')").update();

		assertThat(new SignInClient(this.port).failSignIn(email, "203.0.113.66")).isEqualTo(302);

		assertThat(this.jdbc.sql("SELECT address FROM login_failure WHERE account = ?").param(email).query(String.class).list())
			.containsExactly("127.0.0.1");
	}

	@Test
	void theInstancesTrustExactlyTheProxysAddress() throws IOException {
		String trusted = String.valueOf(scaledEnvironment().get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES"));
		String proxyAddress = String.valueOf(((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) service("proxy").get("networks"))
			.get("default"))).get("ipv4_address"));
		Pattern pattern = Pattern.compile(trusted);
		assertThat(pattern.matcher(proxyAddress).matches()).as(trusted + " matches " + proxyAddress).isTrue();
		for (String other : new String[] { "172.28.0.11", "172.28.0.1", "10.0.0.10", "127.0.0.1", "172x28x0x10" }) {
			assertThat(pattern.matcher(other).matches()).as(trusted + " matches " + other).isFalse();
		}
	}

	@Test
	void nginxPassesOnTheAddressItSawNotTheClientsClaim() throws IOException {
		String config = Files.readString(NGINX);
		assertThat(config).containsPattern("proxy_set_header\\s+X-Forwarded-For\\s+\\$remote_addr;")
			.doesNotContain("$proxy_add_x_forwarded_for");
	}

	private static Map<String, Object> scaledEnvironment() throws IOException {
		@SuppressWarnings("unchecked")
		Map<String, Object> environment = (Map<String, Object>) service("portal-1").get("environment");
		assertThat(service("portal-2").get("environment")).isEqualTo(environment);
		return environment;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(String name) throws IOException {
		try (Reader reader = Files.newBufferedReader(COMPOSE)) {
			Map<String, Object> compose = new Yaml().load(reader);
			return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
		}
	}

}
