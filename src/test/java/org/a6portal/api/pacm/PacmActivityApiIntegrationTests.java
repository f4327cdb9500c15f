package org.a6portal.api.pacm;

import org.a6portal.api.ApiResults;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/pacm-activities} and its CSV twin against the seed data (one published activity, in Myanmar).
 */
@IntegrationTest
class PacmActivityApiIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void listHasThePublishedActivityWithHostStageAndActivityType() {
		assertThat(list("/api/v1/pacm-activities").at("/page/totalElements").asInt()).isEqualTo(2459);
		JsonNode list = list("/api/v1/pacm-activities?country=mm&stage=transition_approved");
		assertThat(ApiResults.ids(list)).containsExactly("pacm-mm-10415");
		JsonNode activity = list.at("/items/0");
		assertThat(activity.at("/host/code").asString()).isEqualTo("mm");
		assertThat(activity.at("/host/links/page").asString()).isEqualTo("/countries/mm");
		assertThat(activity.get("stage").asString()).isEqualTo("transition_approved");
		assertThat(activity.get("origin").asString()).isEqualTo("cdm_transition");
		assertThat(activity.at("/activityType/code").asString()).isEqualTo("clean_cooking");
		assertThat(activity.at("/activityType/sector/code").asString()).isEqualTo("household_energy");
		assertThat(activity.get("unfcccReference").asString()).isEqualTo("CDM PoA 10415");
		assertThat(activity.at("/source/url").asString()).startsWith("http");
	}

	@Test
	void filtersByHostStageAndOrigin() {
		assertThat(ApiResults.ids(list("/api/v1/pacm-activities?country=mm&stage=transition_approved&origin=cdm_transition")))
			.containsExactly("pacm-mm-10415");
		assertThat(list("/api/v1/pacm-activities?country=PE").at("/page/totalElements").asInt()).isEqualTo(19);
		assertThat(list("/api/v1/pacm-activities?origin=new_activity").get("items").size()).isZero();
		// a programme with several hosts is listed under each
		assertThat(ApiResults.ids(list("/api/v1/pacm-activities?country=tg&size=100"))).contains("unepccc-row-253");
	}

	@Test
	void unknownStageIsABadRequestListingTheStages() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/pacm-activities?stage=approved").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = ApiResults.json(result);
		assertThat(problem.get("parameter").asString()).isEqualTo("stage");
		assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString)).contains("pcn_submitted",
				"transition_approved", "withdrawn");
	}

	@Test
	void csvHasTheSameRowsAsTheList() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/pacm-activities.csv?country=pe&origin=cdm_transition").exchange();
		assertThat(result).hasStatusOk()
			.hasHeader("Content-Type", "text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"pacm-activities.csv\"");
		ApiResults.Csv csv = ApiResults.csv(result);
		assertThat(csv.header()).startsWith("id", "title", "host_country", "origin").contains("stage", "source_url");
		assertThat(csv.column("id")).hasSize(19)
			.isEqualTo(ApiResults.ids(list("/api/v1/pacm-activities?country=pe&origin=cdm_transition")));
		assertThat(csv.column("host_country")).containsOnly("pe");
	}

	@Test
	@Transactional
	void draftActivityAppearsNowhere() {
		this.jdbc.sql("""
				INSERT INTO pacm_activity (slug, host_iso2, title, origin, stage, publication_status, source_title,
				    source_retrieved_on, last_reviewed_on)
				VALUES ('pacm-pe-draft', 'PE', 'Draft PACM activity in Peru', 'new_activity', 'pcn_submitted', 'draft',
				        'Draft source', DATE '2026-01-01', DATE '2026-01-01')""").update();
		assertThat(ApiResults.ids(list("/api/v1/pacm-activities?country=PE"))).hasSize(19).doesNotContain("pacm-pe-draft");
		assertThat(ApiResults.body(this.mvc.get().uri("/api/v1/pacm-activities.csv").exchange())).doesNotContain("pacm-pe-draft");
		assertThat(ApiResults.json(this.mvc.get().uri("/api/v1/countries/pe").exchange()).at("/sections/pacmActivities").size())
			.isEqualTo(19);
	}

	private JsonNode list(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return ApiResults.json(result);
	}

}
