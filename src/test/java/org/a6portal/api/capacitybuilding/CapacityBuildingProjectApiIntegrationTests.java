package org.a6portal.api.capacitybuilding;

import org.a6portal.api.ApiResults;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/capacity-building-projects} and its CSV twin against the seed data (17 projects, 2 of them drafts).
 */
@IntegrationTest
class CapacityBuildingProjectApiIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listHasThePublishedProjectsOnly() {
		JsonNode list = list("/api/v1/capacity-building-projects");
		assertThat(list.at("/page/totalElements").asInt()).isEqualTo(15);
		assertThat(ApiResults.ids(list)).isSorted().contains("cb-iaa6").doesNotContain("cb-neyen-readiness");
	}

	@Test
	void aRegionalProjectNamingNoCountryIsListedWithoutCountries() {
		JsonNode all = list("/api/v1/capacity-building-projects?size=100");
		JsonNode adb = all.get("items").values().stream()
			.filter((project) -> project.get("id").asString().equals("cb-adb-a6sf"))
			.findFirst()
			.orElseThrow();
		assertThat(adb.get("countries").values()).isEmpty();
		assertThat(adb.at("/links/page").asString()).isEqualTo("/capacity-building/cb-adb-a6sf");
		assertThat(ApiResults.ids(all)).contains("cb-unfccc-a6-cbwp", "cb-undp-a62-course", "cb-gggi-mats",
				"cb-waa-a6-readiness");
	}

	@Test
	void countryFilterKeepsTheProjectsInvolvingIt() {
		JsonNode peru = list("/api/v1/capacity-building-projects?country=pe");
		assertThat(ApiResults.ids(peru)).hasSize(7).contains("cb-iaa6", "cb-climate-market-club").doesNotContain("cb-neyen-readiness");
		JsonNode iaa6 = peru.get("items").values().stream()
			.filter((project) -> project.get("id").asString().equals("cb-iaa6"))
			.findFirst()
			.orElseThrow();
		assertThat(iaa6.get("countries").values().stream().map((country) -> country.get("name").asString()))
			.containsExactly("Sri Lanka", "Peru", "Tanzania, United Republic of");
		assertThat(iaa6.at("/links/page").asString()).isEqualTo("/capacity-building/cb-iaa6");
		assertThat(iaa6.at("/source/url").asString()).isEqualTo("https://unepccc.org/project/integrated-assessment-for-article-6-iaa6/");
	}

	@Test
	void csvHasTheSameRowsAsTheList() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/capacity-building-projects.csv?country=PE").exchange();
		assertThat(result).hasStatusOk()
			.hasHeader("Content-Type", "text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"capacity-building-projects.csv\"");
		ApiResults.Csv csv = ApiResults.csv(result);
		assertThat(csv.header()).startsWith("id", "title").contains("countries", "source_url");
		assertThat(csv.column("id")).isEqualTo(ApiResults.ids(list("/api/v1/capacity-building-projects?country=PE")));
		assertThat(csv.rows()).filteredOn((row) -> row.get("id").equals("cb-iaa6"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("countries")).isEqualTo("lk;pe;tz"));
	}

	private JsonNode list(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return ApiResults.json(result);
	}

}
