package org.a6portal.api.initialreport;

import org.a6portal.api.ApiResults;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/initial-reports} and its CSV twin against the seed data (two published reports: Ghana, Guyana).
 */
@IntegrationTest
class InitialReportApiIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listHasThePublishedReportsByIdWithTheirPartyAndSource() {
		JsonNode list = list("/api/v1/initial-reports");
		assertThat(ApiResults.ids(list)).containsExactly("ir-gh-1", "ir-gy-1");
		assertThat(list.at("/page/totalElements").asInt()).isEqualTo(2);
		JsonNode guyana = list.at("/items/1");
		assertThat(guyana.at("/country/code").asString()).isEqualTo("gy");
		assertThat(guyana.at("/country/name").asString()).isEqualTo("Guyana");
		assertThat(guyana.get("submittedOn").isNull()).isTrue();
		assertThat(guyana.get("notes").asString()).contains("19 Apr 2024");
		assertThat(guyana.at("/source/url").asString()).startsWith("https://");
		assertThat(guyana.get("cooperativeApproaches").isArray()).isTrue();
		assertThat(guyana.at("/links/csv").asString()).isEqualTo("/api/v1/initial-reports/ir-gy-1.csv");
	}

	@Test
	void filtersByPartyInAnyCaseAndByReviewStatus() {
		assertThat(ApiResults.ids(list("/api/v1/initial-reports?country=GY"))).containsExactly("ir-gy-1");
		assertThat(ApiResults.ids(list("/api/v1/initial-reports?country=pe"))).isEmpty();
		assertThat(ApiResults.ids(list("/api/v1/initial-reports?reviewStatus=SUBMITTED&size=1"))).containsExactly("ir-gh-1");
		assertThat(list("/api/v1/initial-reports?reviewStatus=review_published").at("/page/totalElements").asInt()).isZero();
	}

	@Test
	void csvHasTheSameRowsAsTheList() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/initial-reports.csv?reviewStatus=submitted").exchange();
		assertThat(result).hasStatusOk()
			.hasHeader("Content-Type", "text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"initial-reports.csv\"");
		ApiResults.Csv csv = ApiResults.csv(result);
		assertThat(csv.header()).startsWith("id", "title", "country", "submitted_on", "review_status").contains("source_url");
		assertThat(csv.column("id")).isEqualTo(ApiResults.ids(list("/api/v1/initial-reports?reviewStatus=submitted")));
		assertThat(csv.column("country")).containsExactly("gh", "gy");
	}

	private JsonNode list(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return ApiResults.json(result);
	}

}
