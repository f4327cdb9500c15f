package org.a6portal.api;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every API answer shares: problem details for errors, CORS for any origin, and the human-readable page.
 */
@IntegrationTest
class ApiWebIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void getFromAnotherOriginIsAllowed() {
		assertThat(this.mvc.get().uri("/api/v1/countries/pe").header(HttpHeaders.ORIGIN, "https://example.org")).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		assertThat(this.mvc.get().uri("/api/v1/cooperative-approaches.csv").header(HttpHeaders.ORIGIN, "https://example.org"))
			.hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	}

	@Test
	void preflightAllowsReadingOnly() {
		MvcTestResult result = this.mvc.options()
			.uri("/api/v1/countries")
			.header(HttpHeaders.ORIGIN, "https://example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange();
		assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		assertThat(result.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET").doesNotContain("POST");
		assertThat(this.mvc.options()
			.uri("/api/v1/countries")
			.header(HttpHeaders.ORIGIN, "https://example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void problemsAreProblemJsonEvenWhenCsvWasAskedFor() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries/qq.csv").header(HttpHeaders.ACCEPT, "text/csv").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(ApiResults.json(result).get("detail").asString()).contains("'qq'");
	}

	@Test
	void unknownApiPathIsANotFoundProblemNotAnHtmlPage() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/approaches").header(HttpHeaders.ACCEPT, "text/html").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = ApiResults.json(result);
		assertThat(problem.get("detail").asString()).contains("/api/v1/approaches");
	}

	@Test
	void htmlPagesKeepTheirErrorPages() {
		MvcTestResult result = this.mvc.get().uri("/countries/qq").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

	@Test
	void apiPageDescribesEndpointsFiltersCsvColumnsErrorsAndLicences() {
		MvcTestResult result = this.mvc.get().uri("/api").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		Document page = Pages.html(result);
		assertThat(page.select("h1").text()).isEqualTo("Open data API");
		assertThat(page.select("#endpoints tbody th code").eachText()).containsExactly("/api/v1/countries",
				"/api/v1/countries/{code}", "/api/v1/cooperative-approaches", "/api/v1/pacm-activities",
				"/api/v1/ndc-targets", "/api/v1/ndc-targets/{id}", "/api/v1/capacity-building-projects",
				"/api/v1/cooperative-approaches/{id}", "/api/v1/pacm-activities/{id}", "/api/v1/initial-reports",
				"/api/v1/initial-reports/{id}");
		assertThat(page.select("#records").text()).contains("links.feed", "links.embed", "400", "404");
		assertThat(page.select("#endpoints a").eachAttr("href")).contains("/api/v1/countries/pe",
				"/api/v1/cooperative-approaches.csv?country=PE");
		assertThat(page.select("#endpoints").text()).contains("mou_signed", "transition_approved", "latin_america_caribbean");
		assertThat(page.select("#csv").text()).contains("record_type", "transferring_parties", "source_url");
		assertThat(page.select("#errors").text()).contains("application/problem+json");
		assertThat(page.select("#licence").text()).contains("iso-codes", "LGPL-2.1-or-later", "CC0");
		assertThat(page.select("a[href=/api/v1/openapi.json]")).isNotEmpty();
		assertThat(page.select("#csv p code").last().text())
			.isEqualTo(String.join(",", ApiResults.csv(this.mvc.get().uri("/api/v1/countries/pe.csv").exchange()).header()));
		for (String href : page.select("main a[href^=/api/v1/]").eachAttr("href")) {
			assertThat(this.mvc.get().uri(href)).as(href).hasStatusOk();
		}
	}

}
