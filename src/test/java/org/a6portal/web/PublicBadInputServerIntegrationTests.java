package org.a6portal.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strange input as a browser sends it to the running portal, through Tomcat, the security firewall and the error
 * pages (which MockMvc leaves out): every strange value as the slug of every record page, and addresses Tomcat
 * refuses itself (longer than the 8 KB it reads, a null byte or a backslash in the path). Each answer is a 4xx page
 * of the portal's that says what is wrong in the browser's language (in all three where Tomcat could not read the
 * headers), never a 500 nor Tomcat's own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, TestEditors.class })
class PublicBadInputServerIntegrationTests {

	static final List<String> RECORD_PAGES = List.of("/cooperative-approaches/", "/pacm-activities/",
			"/initial-reports/", "/capacity-building/", "/countries/");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	static Stream<Arguments> recordPages() {
		return RECORD_PAGES.stream()
			.flatMap((page) -> PublicBadInputIntegrationTests.STRANGE.stream().map((value) -> Arguments.of(page, value)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("recordPages")
	void aStrangeSlugIsA4xxPageThatSaysWhatIsWrong(String page, String value) throws Exception {
		HttpResponse<String> answer = get(page + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"), "en");
		assertThat(answer.statusCode()).as("status").isBetween(400, 499);
		assertMessagePage(answer, List.of("Page not found", "This address cannot be read"),
				"No country answers to", "cannot be a country code");
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource(delimiter = '|', textBlock = """
			/countries/in/pacm-activities?page=LONG | en | This address cannot be read
			/countries/in/pacm-activities?sort=LONG | es | No se puede leer esta dirección
			/countries?q=LONG                       | fr | Cette adresse ne peut pas être lue
			/countries/pe?lang=LONG                 | fr | Cette adresse ne peut pas être lue
			/pacm-activities/LONG                   | en | This address cannot be read
			/pacm-activities/a%00b                  | fr | Cette adresse ne peut pas être lue
			/cooperative-approaches/a%5Cb           | es | No se puede leer esta dirección
			/initial-reports/..%2F..%2Fetc          | en | This address cannot be read
			/countries/%25                          | fr | Cette adresse ne peut pas être lue
			""")
	void whatTomcatOrTheFirewallRefusesIsA400PageInTheBrowsersLanguage(String path, String language, String heading)
			throws Exception {
		HttpResponse<String> answer = get(path.replace("LONG", "x".repeat(10_000)), language);
		assertThat(answer.statusCode()).isEqualTo(400);
		if (path.contains("LONG")) {
			// refused before its headers were read, so in the portal's three languages
			assertThat(Jsoup.parse(answer.body()).select(".error-page h1").eachText()).containsExactly(
					"This address cannot be read", "No se puede leer esta dirección", "Cette adresse ne peut pas être lue");
			assertThat(Jsoup.parse(answer.body()).select(".error-page").eachAttr("lang")).containsExactly("en", "es", "fr");
			return;
		}
		assertMessagePage(answer, List.of(heading));
	}

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A page of the portal's with one of the headings, or a heading that begins with one of the prefixes. */
	private static void assertMessagePage(HttpResponse<String> answer, List<String> headings, String... prefixes) {
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(answer.body());
		// one heading, or three (English, Spanish, French) where Tomcat could not read the request's headers
		List<String> shown = page.select(".error-page h1").eachText();
		assertThat(shown).hasSizeBetween(1, 3);
		assertThat(shown.stream().anyMatch((heading) -> headings.contains(heading) || Stream.of(prefixes).anyMatch(heading::startsWith)))
			.as("headings %s", shown).isTrue();
		assertThat(page.select(".error-page > p:not(.eyebrow)").text()).isNotBlank().hasSizeLessThan(600);
		assertThat(answer.body()).doesNotContain("HTTP Status", "Tomcat", "Exception", "at org.");
	}

}
