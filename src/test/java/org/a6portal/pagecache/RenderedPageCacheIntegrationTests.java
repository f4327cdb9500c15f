package org.a6portal.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.a6portal.PortalApplication;
import org.apache.catalina.connector.Connector;
import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.a6portal.history.ContentRevision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.util.StreamUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered-page cache on a running server: a page is rendered once per content revision, an edit shows at once
 * on this instance and within a second on another instance over the same database, editors never get a cached
 * page, no request's Host reaches a cached page, CORS headers are never stored, parameters a page does not read do
 * not split its entry, conditional requests and gzip work on a hit as on a render, and errors are never stored.
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

	/** Spring's JDK client asks for gzip and unpacks it unless told not to: these tests look at the bytes sent. */
	private final RestClient http = RestClient.builder().requestFactory(plainBytes()).build();

	private static org.springframework.http.client.JdkClientHttpRequestFactory plainBytes() {
		org.springframework.http.client.JdkClientHttpRequestFactory factory = new org.springframework.http.client.JdkClientHttpRequestFactory();
		factory.enableCompression(false);
		return factory;
	}

	@Autowired
	private CurrentRevision currentRevision;

	@Autowired
	private ContentRevision contentRevision;

	/** Starts from the revision in the database, so that the poll does not move it on in the middle of a test. */
	@BeforeEach
	void knowTheCurrentRevision() {
		awaitKnownRevision();
	}

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
	void aRecordsPageIsRenderedOncePerRevisionAndKeepsItsOwnLastModified() {
		for (String path : List.of("/cooperative-approaches/ca-ch-pe", "/initial-reports/ir-gh-1", "/ndc-targets/ndc-pe-2025")) {
			ResponseEntity<String> rendered = get(this.port, path);
			Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
			statistics.clear();
			ResponseEntity<String> cached = get(this.port, path);
			assertThat(statistics.getPrepareStatementCount()).as(path).isZero();
			assertThat(cached.getBody()).isEqualTo(rendered.getBody()).contains("record-history");
			assertThat(cached.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED)).as(path)
				.isNotNull()
				.isEqualTo(rendered.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED));
		}
	}

	@Test
	void aCountrysFullListOfActivitiesIsCachedPerFilter() {
		String path = "/countries/in/pacm-activities?form=component&sort=title&page=2";
		get(this.port, path);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		ResponseEntity<String> cached = get(this.port, path);
		assertThat(cached.getBody()).contains("Page 2 of");
		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(cached.getHeaders().getCacheControl()).contains("public");
		// another filter is another page, rendered once
		assertThat(get(this.port, "/countries/in/pacm-activities?form=project").getBody()).doesNotContain("Page 2 of");
		assertThat(statistics.getPrepareStatementCount()).isPositive();
	}

	@Test
	void aWholeCountryPageFitsTheConnectionsWriteBuffer(@Autowired ServletWebServerApplicationContext context) {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		int writeBuffer = Integer.parseInt(String.valueOf(connector.getProperty("socket.appWriteBufSize")));
		// Peru's page, with its 19 Article 6.4 activities in a table (issue 12), is over 32 KB as HTML: it fits in one
		// write as the page cache sends it to every client that takes gzip
		get(this.port, "/countries/pe");
		ResponseEntity<byte[]> page = encoded("/countries/pe", "gzip");
		assertThat(writeBuffer).isEqualTo(32 * 1024);
		assertThat(page.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(page.getHeaders().getContentLength()).isGreaterThan(4 * 1024).isLessThan(writeBuffer - 1024);
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

	@Test
	void aRequestForAnotherHostNeitherFillsNorReadsTheCacheAndNoPageNamesIt() {
		recordChangeAndAwaitIt();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		for (String path : List.of("/countries/gh", "/embed/countries/gh", "/", "/countries")) {
			String poisoned = raw(path, "attacker.test");
			assertThat(poisoned).as(path).startsWith("HTTP/1.1 200").doesNotContain("attacker.test");
			statistics.clear();
			assertThat(raw(path, "attacker.test")).as(path).doesNotContain("attacker.test");
			if (path.contains("/gh")) {
				// a country page costs Hibernate statements when it is rendered, none when it is served from memory
				assertThat(statistics.getPrepareStatementCount()).as("%s for another host, rendered again", path)
					.isPositive();
			}
			String page = get(this.port, path).getBody();
			assertThat(page).as(path).doesNotContain("attacker.test")
				.contains("<link rel=\"canonical\" href=\"http://localhost:8080/");
		}
		String profile = get(this.port, "/countries/gh").getBody();
		assertThat(profile).contains("<link rel=\"canonical\" href=\"http://localhost:8080/countries/gh\">",
				"content=\"http://localhost:8080/countries/gh/preview.png\"", "\"url\":\"http://localhost:8080/countries/gh\"",
				"src=&quot;http://localhost:8080/embed/countries/gh&quot;");
	}

	@Test
	void corsHeadersAreAddedToEveryAnswerAndNeverStored() {
		recordChangeAndAwaitIt();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		// filled without an Origin, then read cross-origin
		assertThat(api("/api/v1/countries/pe", null).getHeaders().getAccessControlAllowOrigin()).isNull();
		statistics.clear();
		ResponseEntity<byte[]> crossOrigin = api("/api/v1/countries/pe", "https://partner.example");
		assertThat(statistics.getPrepareStatementCount()).as("served from the cache").isZero();
		assertThat(crossOrigin.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
		String vary = String.join(",", crossOrigin.getHeaders().getOrEmpty(HttpHeaders.VARY)).toLowerCase(Locale.ROOT);
		assertThat(java.util.Arrays.stream(vary.split(",")).map(String::strip).toList()).containsOnlyOnce("origin", "accept-language");
		// filled cross-origin, then read without an Origin
		assertThat(api("/api/v1/countries/ar", "https://partner.example").getHeaders().getAccessControlAllowOrigin())
			.isEqualTo("*");
		statistics.clear();
		assertThat(api("/api/v1/countries/ar", null).getHeaders().getAccessControlAllowOrigin()).isNull();
		assertThat(statistics.getPrepareStatementCount()).as("served from the cache").isZero();
	}

	@Test
	void parametersAPageDoesNotReadShareItsEntry() {
		recordChangeAndAwaitIt();
		get(this.port, "/countries/pe?utm_source=newsletter");
		api("/countries/pe/preview.png?x=1", null);
		assertThat(get(this.port, "/countries?q=peru").getBody()).contains("/countries/pe\"");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(get(this.port, "/countries/pe?x=1").getBody()).contains("Peru");
		assertThat(get(this.port, "/countries/pe").getBody()).contains("Peru");
		assertThat(get(this.port, "/countries/pe?x=2&y=3").getBody()).contains("Peru");
		assertThat(api("/countries/pe/preview.png?x=2", null).getBody()).isNotEmpty();
		assertThat(get(this.port, "/countries?q=peru&x=1").getBody()).contains("/countries/pe\"");
		assertThat(statistics.getPrepareStatementCount()).as("all served from the cache").isZero();
		// a parameter the page reads still makes its own entry
		assertThat(get(this.port, "/countries?q=chile").getBody()).doesNotContain("/countries/pe\"");
		assertThat(get(this.port, "/countries/pe?lang=es").getBody()).contains("Perú");
	}

	@Test
	void aCachedPageAnswersIfModifiedSinceAndAListOfTagsAsARenderedOneDoes() {
		recordChangeAndAwaitIt();
		ResponseEntity<String> rendered = get(this.port, "/countries/pe");
		String etag = rendered.getHeaders().getETag();
		String lastModified = rendered.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED);
		assertThat(get(this.port, "/countries/pe").getHeaders().getETag()).isEqualTo(etag);
		assertThat(conditional(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).isEqualTo(304);
		assertThat(conditional(HttpHeaders.IF_NONE_MATCH, "\"older\", " + etag)).isEqualTo(304);
		assertThat(conditional(HttpHeaders.IF_NONE_MATCH, "\"older\", W/\"1-en\"")).isEqualTo(200);
		assertThat(conditional(HttpHeaders.IF_MODIFIED_SINCE, "Thu, 01 Jan 2015 00:00:00 GMT")).isEqualTo(200);
	}

	@Test
	void textIsSentGzippedToClientsThatTakeItFromTheCacheAsItWasStored() throws IOException {
		recordChangeAndAwaitIt();
		for (String path : List.of("/countries/pe", "/api/v1/countries", "/api/v1/countries/pe.csv", "/sitemap.xml",
				"/feeds/changes.atom")) {
			byte[] plain = api(path, null).getBody();
			Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
			statistics.clear();
			ResponseEntity<byte[]> compressed = encoded(path, "br;q=1.0, gzip;q=0.8, *;q=0.1");
			assertThat(statistics.getPrepareStatementCount()).as(path).isZero();
			assertThat(compressed.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).as(path).isEqualTo("gzip");
			assertThat(String.join(",", compressed.getHeaders().getOrEmpty(HttpHeaders.VARY)).toLowerCase(Locale.ROOT))
				.as(path).contains("accept-encoding");
			assertThat(gunzip(compressed.getBody())).as(path).isEqualTo(plain);
			assertThat(compressed.getBody().length).as(path).isLessThan(plain.length / 2);
			assertThat(encoded(path, "gzip").getBody()).as("the stored bytes, not compressed again").isEqualTo(compressed.getBody());
			ResponseEntity<byte[]> refused = encoded(path, "gzip;q=0, identity");
			assertThat(refused.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).as(path).isNull();
			assertThat(refused.getBody()).as(path).isEqualTo(plain);
		}
		assertThat(encoded("/countries/pe", "*;q=0.5").getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		// what the cache does not hold (a stylesheet, a signed-out editor's login page) Tomcat compresses
		for (String path : List.of("/css/portal.css", "/admin/login")) {
			assertThat(encoded(path, "gzip").getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).as(path).isEqualTo("gzip");
			assertThat(encoded(path, "gzip;q=0").getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).as(path).isNull();
		}
	}

	@Test
	void errorAnswersAreNeverStoredNorPublic() {
		for (String path : List.of("/countries/zz", "/api/v1/cooperative-approaches?page=x", "/capacity-building/none")) {
			for (int i = 0; i < 2; i++) {
				ResponseEntity<byte[]> error = api(path, null);
				assertThat(error.getStatusCode().value()).as(path).isBetween(400, 499);
				assertThat(error.getHeaders().getCacheControl()).as(path).isEqualTo("no-store");
			}
		}
		// refused by Tomcat before any filter: still the security headers
		String malformed = raw("/countries/%", "localhost");
		assertThat(malformed).startsWith("HTTP/1.1 400")
			.contains("Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff",
					"Permissions-Policy: ", "X-Frame-Options: DENY", "Cache-Control: no-store")
			.doesNotContain("Apache Tomcat/");
		assertThat(get(this.port, "/countries/pe").getHeaders().getFirst("Permissions-Policy")).contains("camera=()");
		assertThat(get(this.port, "/countries/pe").getHeaders().getFirst("Permissions-Policy")).contains("camera=()");
	}

	/** A request with the Host header given, as any client may send it; the whole answer, headers and body. */
	private String raw(String path, String host) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ResponseEntity<byte[]> api(String path, @org.jspecify.annotations.Nullable String origin) {
		return this.http.get().uri("http://localhost:" + this.port + path).headers((headers) -> {
			if (origin != null) {
				headers.setOrigin(origin);
			}
		}).exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.body(StreamUtils.copyToByteArray(response.getBody())));
	}

	private ResponseEntity<byte[]> encoded(String path, String acceptEncoding) {
		return this.http.get()
			.uri("http://localhost:" + this.port + path)
			.header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding)
			.retrieve()
			.toEntity(byte[].class);
	}

	private int conditional(String header, String value) {
		return this.http.get()
			.uri("http://localhost:" + this.port + "/countries/pe")
			.header(header, value)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

	private static byte[] gunzip(byte[] compressed) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

	private void recordChange() {
		this.jdbc.sql("INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, public_change) "
				+ "VALUES ('ndc_target', '0', 'test', 'update', 'test', true)").update();
	}

	/** Records a change and waits until this instance has heard of it. */
	private void recordChangeAndAwaitIt() {
		recordChange();
		awaitKnownRevision();
	}

	private void awaitKnownRevision() {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.currentRevision.get() < this.contentRevision.current() && System.nanoTime() < deadline) {
			sleep();
		}
		assertThat(this.currentRevision.get()).isEqualTo(this.contentRevision.current());
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
