package org.a6portal.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.a6portal.support.DatabaseProxy;
import org.a6portal.support.Pages;
import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal while PostgreSQL is unreachable, over real HTTP and with the real session store: the pool's connections
 * pass through a relay the test cuts. Pages that need the database, the API and the sign-in page answer 503 with
 * Retry-After after the pool's short wait (1 s here) instead of hanging; cached pages still answer; readiness goes
 * down while liveness stays up; an editor's failed save comes back with what they typed; and when the database is
 * back, the portal answers again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.maximum-pool-size=3" })
@Import({ TestDatabase.class, TestEditors.class, DatabaseOutageIntegrationTests.Relay.class })
@DirtiesContext // its own context: closed afterwards, so that its connections go back to the shared PostgreSQL
class DatabaseOutageIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private DatabaseProxy database;

	@Autowired
	private TestEditors editors;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** The next test starts with the database back and the pool reconnected. */
	@AfterEach
	void databaseIsBack() throws Exception {
		this.database.restore();
		assertThat(awaitRecovery(() -> get("/actuator/health/readiness", Map.of())).statusCode()).isEqualTo(200);
	}

	@Test
	void pagesApiAndSignInAnswer503WithRetryAfterWhileCachedPagesStillAnswer() throws Exception {
		assertThat(get("/countries/pe", Map.of()).statusCode()).isEqualTo(200);
		assertThat(get("/countries/pe", Map.of()).statusCode()).isEqualTo(200);

		this.database.cutOff();

		HttpResponse<String> page = get("/countries/cl?lang=es", Map.of());
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("html").attr("lang")).isEqualTo("es");
		assertThat(html.select("h1").text()).isEqualTo("El portal no está disponible por un momento");

		HttpResponse<String> french = get("/countries/cl", Map.of("Accept-Language", "fr"));
		assertThat(french.statusCode()).isEqualTo(503);
		assertThat(Jsoup.parse(french.body()).select("h1").text()).isEqualTo("Le portail est momentanément indisponible");

		HttpResponse<String> api = get("/api/v1/countries/cl", Map.of("Accept", "application/json"));
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"status\":503", "\"title\":\"Service unavailable\"");

		// the sign-in form needs no database (a visitor has no session before signing in); signing in does
		HttpResponse<String> signInForm = get("/admin/login", Map.of());
		assertThat(signInForm.statusCode()).isEqualTo(200);
		Map<String, String> visitor = new LinkedHashMap<>();
		remember(signInForm, visitor);
		HttpResponse<String> signIn = post("/admin/login", Map.of("email", "someone@example.org", "password",
				"a password of some length", "_csrf", Jsoup.parse(signInForm.body()).select("input[name=_csrf]").val()),
				visitor);
		assertThat(signIn.statusCode()).isEqualTo(503);
		assertThat(signIn.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(Jsoup.parse(signIn.body()).select("h1").text()).isEqualTo("The portal is briefly unavailable");

		assertThat(get("/countries/pe", Map.of()).statusCode()).as("a cached page").isEqualTo(200);
	}

	@Test
	void readinessGoesDownAndLivenessStaysUp() throws Exception {
		assertThat(get("/actuator/health/readiness", Map.of()).statusCode()).isEqualTo(200);

		this.database.cutOff();

		HttpResponse<String> readiness = get("/actuator/health/readiness", Map.of());
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("DOWN");
		HttpResponse<String> liveness = get("/actuator/health/liveness", Map.of());
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("UP");
	}

	@Test
	void anEditorsFailedSaveComesBackWithWhatTheyTypedAndCanBeSentAgain() throws Exception {
		Map<String, String> cookies = signIn(this.editors.create("editor"));
		HttpResponse<String> editor = get("/admin/sectors/transport/edit", cookies(cookies));
		remember(editor, cookies);
		Document form = Jsoup.parse(editor.body());
		MultiValueMap<String, String> values = Pages.formValues(form);
		String original = values.getFirst("nameEn");
		values.set("nameEn", "Transport, as typed while the database was away");
		values.set("_csrf", form.select("form.form input[name=_csrf]").val());

		this.database.cutOff();

		HttpResponse<String> failed = post("/admin/sectors/transport/edit", values, cookies);
		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(failed.headers().firstValue("Retry-After")).hasValue("30");
		Document page = Jsoup.parse(failed.body());
		assertThat(page.select(".unsaved-notice").text()).startsWith("Nothing was saved");
		Element again = page.selectFirst("form.unsaved-form");
		assertThat(again).isNotNull();
		assertThat(again.attr("action")).isEqualTo("/admin/sectors/transport/edit");
		assertThat(again.select("textarea[name=nameEn]").val()).isEqualTo("Transport, as typed while the database was away");
		assertThat(again.select("input[name=version]").val()).isEqualTo(values.getFirst("version"));

		this.database.restore();

		Map<String, String> fields = new LinkedHashMap<>();
		again.select("[name]").forEach((field) -> fields.put(field.attr("name"), field.val()));
		fields.put("nameEn", original);
		HttpResponse<String> saved = awaitRecovery(() -> post("/admin/sectors/transport/edit", fields, cookies));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/sectors/transport/edit"));
	}

	@Test
	void theDatabaseComingBackNeedsNoRestart() throws Exception {
		this.database.cutOff();
		assertThat(get("/countries/co", Map.of()).statusCode()).isEqualTo(503);

		this.database.restore();

		assertThat(awaitRecovery(() -> get("/countries/co", Map.of())).statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/countries/co", Map.of()).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness", Map.of()).statusCode()).isEqualTo(200);
	}

	/** Asks again while the answer is a 503, for at most half a minute (the pool reconnects on demand). */
	private HttpResponse<String> awaitRecovery(Request request) throws Exception {
		long deadline = System.nanoTime() + 30_000_000_000L;
		HttpResponse<String> response = request.send();
		while (response.statusCode() == 503 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			response = request.send();
		}
		return response;
	}

	private Map<String, String> signIn(String email) throws IOException, InterruptedException {
		Map<String, String> cookies = new LinkedHashMap<>();
		HttpResponse<String> form = get("/admin/login", Map.of());
		remember(form, cookies);
		String csrf = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
		HttpResponse<String> signedIn = post("/admin/login",
				Map.of("email", email, "password", TestEditors.PASSWORD, "_csrf", csrf), cookies);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return cookies;
	}

	/** Through the portal's own host name (PORTAL_BASE_URL's, localhost): only its pages are served from the page cache. */
	private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, MultiValueMap<String, String> values, Map<String, String> cookies)
			throws IOException, InterruptedException {
		return post(path, values.toSingleValueMap(), cookies);
	}

	private HttpResponse<String> post(String path, Map<String, String> values, Map<String, String> cookies)
			throws IOException, InterruptedException {
		String body = values.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		cookies(cookies).forEach(request::header);
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		remember(response, cookies);
		return response;
	}

	/** The session cookie is Secure, which Java's cookie store keeps from plain http://localhost; browsers do not. */
	private static void remember(HttpResponse<?> response, Map<String, String> cookies) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			String pair = cookie.substring(0, cookie.indexOf(';'));
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (value.isEmpty()) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
	}

	private static Map<String, String> cookies(Map<String, String> cookies) {
		return cookies.isEmpty() ? Map.of() : Map.of("Cookie", cookies.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("; ")));
	}

	@FunctionalInterface
	private interface Request {

		HttpResponse<String> send() throws Exception;

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Relay {

		private static final DatabaseProxy PROXY = new DatabaseProxy();

		@Bean
		static BeanPostProcessor databaseThroughRelay() {
			return PROXY.routeDataSource();
		}

		@Bean
		DatabaseProxy databaseProxy() {
			return PROXY;
		}

	}

}
