package org.a6portal.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a visitor puts in a public list's page number, sort key or filter, the answer is a 4xx page that says
 * what is wrong, in the visitor's language, never a 500: every value below on every parameter of every public list.
 * What only a running server shows (Tomcat's own limits, error pages for what the firewall refuses), and record
 * pages' addresses: {@link PublicBadInputServerIntegrationTests}.
 */
@IntegrationTest
class PublicBadInputIntegrationTests {

	/** Values no page number, sort key, direction or code means. */
	static final List<String> STRANGE = List.of("99999999999999999999", "2147483648", "-1", "0", "-0", "abc", "1.5",
			"1e3", " 1", "x".repeat(10_000), "\u0000", "1\u0007", "a\u001Bb", "\u202E1", "\u2066title", "ünïcödé",
			"中文", "😀", "١", "２", "%", "<script>alert(1)</script>", "' OR 1=1 --", "title;drop table country",
			"../../etc/passwd", "null", "undefined", "[]", "{}", "desc,asc");

	/** The public lists, each parameter they read, in HTML. */
	static final List<String> PAGE_PARAMETERS = List.of("/countries/in/pacm-activities?page",
			"/countries/in/pacm-activities?sort", "/countries/in/pacm-activities?dir",
			"/countries/in/pacm-activities?stage", "/countries/in/pacm-activities?form",
			"/countries/td/pacm-activities?page", "/countries/td/pacm-activities?stage", "/pacm-activities?country",
			"/pacm-activities?region", "/pacm-activities?stage", "/pacm-activities?form", "/pacm-activities?origin",
			"/pacm-activities?sector", "/pacm-activities?activityType", "/pacm-activities?sort", "/pacm-activities?dir",
			"/pacm-activities?page", "/pacm-activities?measure", "/cooperative-approaches?country",
			"/cooperative-approaches?role", "/cooperative-approaches?status", "/cooperative-approaches?instrument",
			"/cooperative-approaches?year", "/cooperative-approaches?sort", "/cooperative-approaches?dir",
			"/cooperative-approaches?page", "/cooperative-approaches?measure",
			// overviewB: the overview pages of NDC targets, initial reports and capacity building
			"/ndc-targets?page", "/ndc-targets?sort", "/ndc-targets?dir", "/ndc-targets?country", "/ndc-targets?region",
			"/ndc-targets?targetType", "/ndc-targets?targetYear", "/ndc-targets?conditional", "/ndc-targets?netZeroYear",
			"/initial-reports?page", "/initial-reports?sort", "/initial-reports?dir", "/initial-reports?country",
			"/initial-reports?region", "/initial-reports?reviewStatus", "/capacity-building?page",
			"/capacity-building?sort", "/capacity-building?dir", "/capacity-building?country",
			"/capacity-building?region", "/capacity-building?organisation", "/capacity-building?year",
			// --- timeline14 ---
			"/timelines?country", "/timelines?region");

	/** The API's lists, each parameter they read (answers in problem+json). */
	static final List<String> API_PARAMETERS = List.of("/api/v1/pacm-activities?page", "/api/v1/pacm-activities?size",
			"/api/v1/pacm-activities?stage", "/api/v1/pacm-activities?origin", "/api/v1/cooperative-approaches?page",
			"/api/v1/cooperative-approaches?status", "/api/v1/cooperative-approaches?instrument",
			"/api/v1/ndc-targets?targetType", "/api/v1/ndc-targets?size", "/api/v1/capacity-building-projects?page",
			"/api/v1/countries?region", "/api/v1/countries?page", "/api/v1/pacm-activities?region",
			"/api/v1/pacm-activities?form", "/api/v1/pacm-activities?sector", "/api/v1/pacm-activities?activityType",
			"/api/v1/pacm-activities.csv?sector", "/api/v1/cooperative-approaches?role",
			"/api/v1/cooperative-approaches?year", "/api/v1/cooperative-approaches.csv?year",
			// overviewB: the filters the overview pages added to the API
			"/api/v1/ndc-targets?region", "/api/v1/ndc-targets?targetYear", "/api/v1/ndc-targets?conditional",
			"/api/v1/ndc-targets?netZeroYear", "/api/v1/initial-reports?region", "/api/v1/initial-reports?reviewStatus",
			"/api/v1/capacity-building-projects?region", "/api/v1/capacity-building-projects?organisation",
			"/api/v1/capacity-building-projects?year");

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> pageParameters() {
		return PAGE_PARAMETERS.stream().flatMap((parameter) -> STRANGE.stream().map((value) -> Arguments.of(parameter, value)));
	}

	static Stream<String> repeatedParameters() {
		return PAGE_PARAMETERS.stream();
	}

	static Stream<Arguments> apiParameters() {
		return API_PARAMETERS.stream().flatMap((parameter) -> STRANGE.stream().map((value) -> Arguments.of(parameter, value)));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("pageParameters")
	void aStrangeListParameterIsA400PageThatSaysWhatIsWrong(String parameter, String value) {
		MvcTestResult result = this.mvc.get().uri(URI.create(parameter + "=" + encode(value))).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertMessagePage(result, "This address cannot be read");
	}

	@ParameterizedTest(name = "{0}=…&{0}=…")
	@MethodSource("repeatedParameters")
	void aRepeatedListParameterIsA400Too(String parameter) {
		String name = parameter.substring(parameter.indexOf('?') + 1);
		String valid = switch (name) {
			case "page" -> "1";
			case "sort" -> "title";
			case "dir" -> "asc";
			case "stage" -> "host_approved";
			case "country" -> "pe";
			case "region" -> "asia";
			case "origin" -> "cdm_transition";
			case "sector" -> "household_energy";
			case "activityType" -> "clean_cooking";
			case "measure" -> "both";
			case "role" -> "acquiring";
			case "status" -> "mou_signed";
			case "instrument" -> "mou";
			case "year" -> "2021";
			default -> "component";
		};
		MvcTestResult result = this.mvc.get().uri(URI.create(parameter + "=" + valid + "&" + name + "=" + valid)).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertMessagePage(result, "This address cannot be read");
	}

	/**
	 * The API reads numbers as Java does (" 1", "-0" and other scripts' digits are numbers there): a value it can
	 * read is a 200 list, any other a 400 problem that says which parameter is wrong.
	 */
	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("apiParameters")
	void aStrangeApiParameterIsA400ProblemNamingTheParameter(String parameter, String value) {
		MvcTestResult result = this.mvc.get().uri(URI.create(parameter + "=" + encode(value))).exchange();
		int status = result.getResponse().getStatus();
		if (status == 200) {
			assertThat(parameter).containsAnyOf("page", "size");
			assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
			return;
		}
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank().doesNotContain("Exception");
	}

	@ParameterizedTest(name = "q={0}")
	@MethodSource("org.a6portal.web.PublicBadInputIntegrationTests#strangeValues")
	void theCountryFilterTakesAnyTextAndRefusesOnlyWhatNoNameHolds(String value) {
		MvcTestResult result = this.mvc.get().uri(URI.create("/countries?q=" + encode(value))).exchange();
		if (value.length() > 100 || value.chars().anyMatch((c) -> c < 0x20 && c != '\t' || c == 0x202E || c == 0x2066)) {
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			assertMessagePage(result, "This address cannot be read");
		}
		else {
			// a search that finds nothing is not an error: the page says so
			assertThat(result).hasStatusOk();
			assertThat(Pages.html(result).select("main").text()).isNotBlank();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.a6portal.web.PublicBadInputIntegrationTests#someStrangeValues")
	void theMessageIsInTheVisitorsLanguage(String value) {
		MvcTestResult spanish = this.mvc.get()
			.uri(URI.create("/countries/pe/pacm-activities?sort=" + encode(value)))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.exchange();
		assertThat(spanish).hasStatus(HttpStatus.BAD_REQUEST);
		assertMessagePage(spanish, "No se puede leer esta dirección");
		MvcTestResult french = this.mvc.get().uri(URI.create("/countries/pe/pacm-activities?page=" + encode(value) + "&lang=fr")).exchange();
		assertThat(french).hasStatus(HttpStatus.BAD_REQUEST);
		assertMessagePage(french, "Cette adresse ne peut pas être lue");
	}

	/**
	 * {@code /compare?c=}: a value no country code or name can be is a 400 that says why; one that could be, but
	 * is no country's, a 404 naming it; a list of more than four a 400; none of them a 500.
	 */
	@ParameterizedTest(name = "c={0}")
	@MethodSource("org.a6portal.web.PublicBadInputIntegrationTests#strangeValues")
	void aStrangeComparisonIsA400Or404PageThatSaysWhatIsWrong(String value) {
		// a space as %20, which MockMvc decodes as a server does (it leaves a "+" as it is)
		MvcTestResult result = this.mvc.get().uri(URI.create("/compare?c=" + encode(value).replace("+", "%20"))).exchange();
		boolean couldBeNames = value.length() <= 200 && java.util.Arrays.stream(value.split(","))
			.allMatch((name) -> name.strip().matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*"));
		if (couldBeNames) {
			assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
			assertThat(Pages.html(result).select(".error-page h1").text()).startsWith("No country answers to “");
		}
		else {
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			assertMessagePage(result, "This address cannot be read");
		}
	}

	static Stream<String> strangeValues() {
		return STRANGE.stream();
	}

	static Stream<String> someStrangeValues() {
		return Stream.of("-1", "x".repeat(10_000), "1\u0007", "中文", "<script>alert(1)</script>");
	}

	private static void assertMessagePage(MvcTestResult result, String heading) {
		assertThat(result).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		Document page = Pages.html(result);
		assertThat(page.select(".error-page h1").text()).isEqualTo(heading);
		// a reason under the heading; a value the visitor sent is echoed 40 characters at most
		assertThat(page.select(".error-page > p:not(.eyebrow)").text()).isNotBlank().hasSizeLessThan(400);
		assertThat(page.text()).doesNotContain("Exception", "SQL", "at org.");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
