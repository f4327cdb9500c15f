package org.a6portal.api.country;

import java.util.List;

import org.a6portal.api.ApiResults;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/countries} and {@code /api/v1/countries/{code}} against the seed data.
 */
@IntegrationTest
class CountryApiIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void peruHasItsNameCodesAndLinks() {
		JsonNode peru = peru();
		assertThat(peru.get("id").asString()).isEqualTo("pe");
		assertThat(peru.get("name").asString()).isEqualTo("Peru");
		assertThat(peru.at("/names/es").asString()).isEqualTo("Perú");
		assertThat(peru.get("iso3").asString()).isEqualTo("PER");
		assertThat(peru.get("region").asString()).isEqualTo("latin_america_caribbean");
		assertThat(peru.at("/links/page").asString()).isEqualTo("/countries/pe");
		assertThat(peru.at("/links/csv").asString()).isEqualTo("/api/v1/countries/pe.csv");
		assertThat(peru.get("lastUpdated").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
	}

	@Test
	void peruHasItsThreeApproachesWithPartiesRolesSectorsAndSources() {
		JsonNode approaches = peru().at("/sections/cooperativeApproaches");
		assertThat(approaches.values().stream().map((approach) -> approach.get("id").asString()))
			.containsExactlyInAnyOrder("ca-ch-pe", "ca-kr-pe", "ca-sg-pe");
		JsonNode swiss = approaches.values().stream().filter((approach) -> approach.get("id").asString().equals("ca-ch-pe"))
			.findFirst()
			.orElseThrow();
		assertThat(swiss.get("instrument").asString()).isEqualTo("implementing_agreement");
		assertThat(swiss.get("signedOn").asString()).isEqualTo("2020-10-20");
		assertThat(swiss.get("parties").values().stream().map((party) -> party.get("code").asString() + ":" + party.get("role").asString()))
			.containsExactly("pe:transferring", "ch:acquiring");
		assertThat(swiss.at("/parties/1/name").asString()).isEqualTo("Switzerland");
		assertThat(swiss.at("/parties/1/links/page").asString()).isEqualTo("/countries/ch");
		assertThat(swiss.at("/sectors/0/code").asString()).isEqualTo("household_energy");
		assertThat(swiss.at("/source/url").asString())
			.isEqualTo("https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-80708.html");
		assertThat(swiss.at("/source/retrievedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(swiss.get("lastReviewedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void peruHasItsPacmActivitiesNdcTargetsCapacityBuildingAndASectorBreakdown() {
		JsonNode sections = peru().get("sections");
		assertThat(sections.get("pacmActivities").isArray()).isTrue();
		// every one, not only the largest the page lists
		assertThat(sections.get("pacmActivities").size()).isEqualTo(19);
		JsonNode current = sections.at("/ndcVersions/0");
		assertThat(current.get("label").asString()).isEqualTo("NDC 3.0 (2025)");
		assertThat(current.get("current").asBoolean()).isTrue();
		assertThat(current.get("targets").values().stream().map((target) -> target.get("id").asString()))
			.containsExactly("ndc-pe-2025-absolute-2035-unstated");
		assertThat(current.at("/targets/0/country/code").asString()).isEqualTo("pe");
		JsonNode earlier = sections.at("/ndcVersions/1");
		assertThat(earlier.get("label").asString()).isEqualTo("updated NDC 2020");
		assertThat(earlier.get("current").asBoolean()).isFalse();
		assertThat(earlier.get("targets").values().stream().map((target) -> target.get("id").asString()))
			.contains("ndc-pe-2020-absolute-2030-conditional");
		List<String> projects = sections.get("capacityBuildingProjects").values().stream()
			.map((project) -> project.get("id").asString())
			.toList();
		assertThat(projects).contains("cb-iaa6").doesNotContain("cb-neyen-readiness");
		assertThat(sections.at("/sectorBreakdown/rows").values().stream().map((row) -> row.at("/sector/code").asString()))
			.contains("household_energy", "energy_supply");
		assertThat(sections.at("/sustainableDevelopment/statements").isArray()).isTrue();
	}

	@Test
	void kenyasRulesCarryTheirTitleAuthorityDateAsFarAsKnownAndSecondSource() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries/ke").exchange();
		assertThat(result).hasStatusOk();
		JsonNode regulations = ApiResults.json(result).at("/sections/sustainableDevelopment/statements").values().stream()
			.filter((statement) -> statement.get("id").asString().equals("sd-ke-carbon-markets-regulations-2024"))
			.findFirst()
			.orElseThrow();
		assertThat(regulations.get("topic").asString()).isEqualTo("national_regulation");
		assertThat(regulations.get("title").asString()).isEqualTo("The Climate Change (Carbon Markets) Regulations, 2024");
		assertThat(regulations.get("published").asString()).isEqualTo("2024-05-17");
		assertThat(regulations.at("/otherSource/url").asString())
			.isEqualTo("https://climate-laws.org/document/the-climate-change-carbon-markets-regulations-2024_e0fd");
		JsonNode ghana = ApiResults.json(this.mvc.get().uri("/api/v1/countries/gh").exchange());
		assertThat(ghana.at("/sections/sustainableDevelopment/statements").values().stream()
			.map((statement) -> statement.get("id").asString() + " " + statement.get("published").asString()))
			.contains("sd-gh-international-carbon-markets-framework 2022-12");
	}

	@Test
	void alpha3SlugAndUpperCaseRedirectPermanentlyToTheCanonicalUrl() {
		for (String alias : List.of("per", "PER", "PE", "peru")) {
			assertThat(this.mvc.get().uri("/api/v1/countries/" + alias)).hasStatus(HttpStatus.MOVED_PERMANENTLY)
				.hasHeader("Location", "/api/v1/countries/pe");
		}
		assertThat(this.mvc.get().uri("/api/v1/countries/PER.csv")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/api/v1/countries/pe.csv");
	}

	@Test
	void unknownCodeIsANotFoundProblemNamingTheCode() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries/qq").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = ApiResults.json(result);
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("detail").asString()).contains("'qq'");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/countries/qq");
		assertThat(ApiResults.body(result)).doesNotContain("Exception", "at org.");
	}

	@Test
	void malformedCodeIsABadRequestProblem() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries/pe_x").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(ApiResults.json(result).get("detail").asString()).contains("pe_x");
	}

	@Test
	void listHasEveryCountryByCodeWithPageTotals() {
		JsonNode list = ApiResults.json(this.mvc.get().uri("/api/v1/countries?size=100").exchange());
		assertThat(list.at("/page/totalElements").asInt()).isEqualTo(250);
		assertThat(list.at("/page/totalPages").asInt()).isEqualTo(3);
		assertThat(list.at("/page/size").asInt()).isEqualTo(100);
		assertThat(list.get("items").size()).isEqualTo(100);
		assertThat(ApiResults.ids(list)).isSorted();
		JsonNode last = ApiResults.json(this.mvc.get().uri("/api/v1/countries?size=100&page=2").exchange());
		assertThat(last.get("items").size()).isEqualTo(50);
	}

	@Test
	void listFiltersByRegionAndByNameInAnyLanguageOrCode() {
		JsonNode byName = ApiResults.json(this.mvc.get().uri("/api/v1/countries?q=perú").exchange());
		assertThat(ApiResults.ids(byName)).containsExactly("pe");
		assertThat(byName.at("/items/0/counts/cooperativeApproaches").asInt()).isEqualTo(3);
		assertThat(ApiResults.ids(ApiResults.json(this.mvc.get().uri("/api/v1/countries?q=Pérou").exchange()))).containsExactly("pe");
		assertThat(ApiResults.ids(ApiResults.json(this.mvc.get().uri("/api/v1/countries?q=PER").exchange()))).contains("pe");
		JsonNode latinAmerica = ApiResults.json(this.mvc.get().uri("/api/v1/countries?region=latin_america_caribbean&size=200").exchange());
		assertThat(ApiResults.ids(latinAmerica)).contains("pe", "cl").doesNotContain("ch");
		assertThat(latinAmerica.get("items").values()).allSatisfy(
				(country) -> assertThat(country.get("region").asString()).isEqualTo("latin_america_caribbean"));
	}

	@Test
	void unknownRegionIsABadRequestListingTheRegions() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries?region=americas").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = ApiResults.json(result);
		assertThat(problem.get("parameter").asString()).isEqualTo("region");
		assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString)).contains("africa",
				"latin_america_caribbean");
	}

	@Test
	void countriesCsvHasAHeaderAndTheSameRowsAsTheList() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries.csv?region=europe").exchange();
		assertThat(result).hasStatusOk().hasHeader("Content-Type", "text/csv;charset=UTF-8");
		ApiResults.Csv csv = ApiResults.csv(result);
		assertThat(csv.header()).startsWith("code", "iso2", "iso3");
		JsonNode list = ApiResults.json(this.mvc.get().uri("/api/v1/countries?region=europe&size=200").exchange());
		assertThat(csv.column("code")).isEqualTo(ApiResults.ids(list));
	}

	@Test
	void peruCsvHasOneRowPerRecordWithItsType() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries/pe.csv").exchange();
		assertThat(result).hasStatusOk()
			.hasHeader("Content-Type", "text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"country-pe.csv\"");
		ApiResults.Csv csv = ApiResults.csv(result);
		assertThat(csv.header().getFirst()).isEqualTo("record_type");
		JsonNode sections = peru().get("sections");
		int targets = sections.get("ndcVersions").values().stream().mapToInt((version) -> version.get("targets").size()).sum();
		assertThat(csv.column("record_type")).filteredOn("cooperative_approach"::equals).hasSize(3);
		assertThat(csv.column("record_type")).filteredOn("ndc_target"::equals).hasSize(targets);
		assertThat(csv.column("record_type")).filteredOn("capacity_building_project"::equals)
			.hasSize(sections.get("capacityBuildingProjects").size());
		assertThat(csv.column("record_type")).filteredOn("pacm_activity"::equals).hasSize(19);
		assertThat(csv.rows()).filteredOn((row) -> row.get("id").equals("ca-ch-pe"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("acquiring_parties")).isEqualTo("ch");
				assertThat(row.get("signed_on")).isEqualTo("2020-10-20");
				assertThat(row.get("target_type")).isEmpty();
			});
	}

	private JsonNode peru() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries/pe").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return ApiResults.json(result);
	}

}
