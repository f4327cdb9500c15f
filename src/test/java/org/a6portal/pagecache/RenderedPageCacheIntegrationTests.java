package org.a6portal.pagecache;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.a6portal.PortalApplication;
import org.apache.catalina.connector.Connector;
import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered-page cache on a running server: a page is rendered once per content revision, an edit shows at once
 * on this instance and within a second on another instance over the same database, editors never get a cached
 * page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({ TestDatabase.class, TestEditors.class })
class RenderedPageCacheIntegrationTests {

	private static final String TARGET = "ndc-pe-2015-bau-2030-unconditional";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private TestEditors editors;

	private final RestClient http = RestClient.create();

	@AfterEach
	void restore() {
		this.jdbc.sql("UPDATE ndc_target SET reduction_pct = 20 WHERE slug = ?").param(TARGET).update();
		recordChange();
	}

	@Test
	void aPageIsRenderedOncePerRevision() {
		get(this.port, "/countries/pe");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		ResponseEntity<String> cached = get(this.port, "/countries/pe");
		assertThat(cached.getBody()).contains("Peru");
		assertThat(statistics.getPrepareStatementCount()).isZero();
		String etag = cached.getHeaders().getFirst(HttpHeaders.ETAG);
		ResponseEntity<String> notModified = this.http.get()
			.uri("http://localhost:" + this.port + "/countries/pe")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.retrieve()
			.toEntity(String.class);
		assertThat(notModified.getStatusCode().value()).isEqualTo(304);
		assertThat(cached.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

	@Test
	void aWholeCountryPageFitsTheConnectionsWriteBuffer(@Autowired ServletWebServerApplicationContext context) {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		int writeBuffer = Integer.parseInt(String.valueOf(connector.getProperty("socket.appWriteBufSize")));
		ResponseEntity<String> page = get(this.port, "/countries/pe");
		assertThat(writeBuffer).isEqualTo(32 * 1024);
		assertThat(page.getHeaders().getContentLength()).isGreaterThan(8 * 1024).isLessThan(writeBuffer - 1024);
	}

	@Test
	void aCommittedChangeShowsOnTheNextRequest() {
		assertThat(get(this.port, "/countries/pe").getBody()).contains("20 %");
		this.jdbc.sql("UPDATE ndc_target SET reduction_pct = 21 WHERE slug = ?").param(TARGET).update();
		recordChange();
		awaitContains(this.port, "/countries/pe", "21 %", Duration.ofSeconds(1));
	}

	@Test
	void editorsSessionsLiveInTheDatabaseSoAnyInstanceServesThem() throws Exception {
		String email = this.editors.create("editor");
		RestClient noRedirects = RestClient.builder()
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
				.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
				.build()))
			.build();
		ResponseEntity<String> loginPage = noRedirects.get().uri("http://localhost:" + this.port + "/admin/login").retrieve()
			.toEntity(String.class);
		// no session before signing in: the sign-in form's CSRF token comes in a cookie of its own
		String csrfCookie = cookie(loginPage, "XSRF-TOKEN");
		String csrf = org.jsoup.Jsoup.parse(loginPage.getBody()).select("input[name=_csrf]").val();
		ResponseEntity<Void> login = noRedirects.post().uri("http://localhost:" + this.port + "/admin/login")
			.header(HttpHeaders.COOKIE, "XSRF-TOKEN=" + csrfCookie)
			.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
			.body("email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8) + "&password="
					+ TestEditors.PASSWORD + "&_csrf=" + csrf)
			.retrieve()
			.toBodilessEntity();
		assertThat(login.getHeaders().getLocation().getPath()).isEqualTo("/admin");
		String signedIn = cookie(login, "SESSION");
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext other = otherInstance(hikari)) {
			int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
			ResponseEntity<String> dashboard = noRedirects.get().uri("http://localhost:" + otherPort + "/admin")
				.header(HttpHeaders.COOKIE, "SESSION=" + signedIn)
				.retrieve()
				.toEntity(String.class);
			assertThat(dashboard.getStatusCode().value()).isEqualTo(200);
			assertThat(dashboard.getBody()).contains(email);
		}
	}

	private static String cookie(ResponseEntity<?> response, String name) {
		return response.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
			.filter((header) -> header.startsWith(name + "="))
			.map((header) -> header.substring(name.length() + 1, header.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	private static ConfigurableApplicationContext otherInstance(HikariDataSource hikari) throws Exception {
		return new SpringApplicationBuilder(PortalApplication.class)
			.properties(Map.of("server.port", "0", "spring.datasource.url", hikari.getJdbcUrl(), "spring.datasource.username",
					hikari.getUsername(), "spring.datasource.password",
					(hikari.getPassword() != null) ? hikari.getPassword() : "", "spring.docker.compose.enabled", "false",
					"portal.seed.enabled", "false"))
			.run();
	}

	@Test
	void anotherInstanceOverTheSameDatabaseSeesAnEditWithinASecond() throws Exception {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext other = otherInstance(hikari)) {
			int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
			assertThat(get(otherPort, "/countries/pe").getBody()).contains("20 %");
			assertThat(get(otherPort, "/countries/pe").getBody()).contains("20 %");
			this.jdbc.sql("UPDATE ndc_target SET reduction_pct = 22 WHERE slug = ?").param(TARGET).update();
			recordChange();
			awaitContains(otherPort, "/countries/pe", "22 %", Duration.ofMillis(1500));
		}
	}

	private void recordChange() {
		this.jdbc.sql("INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, public_change) "
				+ "VALUES ('ndc_target', '0', 'test', 'update', 'test', true)").update();
	}

	private void awaitContains(int port, String path, String text, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		String body = "";
		while (System.nanoTime() < deadline) {
			body = get(port, path).getBody();
			if (body != null && body.contains(text)) {
				return;
			}
			sleep();
		}
		assertThat(body).as("page within %s", within).contains(text);
	}

	private ResponseEntity<String> get(int port, String path) {
		return this.http.get().uri("http://localhost:" + port + path).retrieve().toEntity(String.class);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
