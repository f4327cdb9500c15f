package org.a6portal.api.cooperation;

import jakarta.persistence.EntityManagerFactory;
import org.a6portal.api.ApiResults;
import org.a6portal.support.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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
 * {@code /api/v1/cooperative-approaches} and its CSV twin against the seed data (63 published approaches).
 */
@IntegrationTest
class CooperativeApproachApiIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void listHasEveryPublishedApproachByIdWithPageTotals() {
		JsonNode list = list("/api/v1/cooperative-approaches");
		assertThat(list.at("/page/totalElements").asInt()).isEqualTo(63);
		assertThat(list.at("/page/totalPages").asInt()).isEqualTo(2);
		assertThat(list.at("/page/number").asInt()).isZero();
		assertThat(list.at("/page/size").asInt()).isEqualTo(50);
		assertThat(list.get("items").size()).isEqualTo(50);
		assertThat(ApiResults.ids(list)).isSorted();
		JsonNode second = list("/api/v1/cooperative-approaches?page=1");
		assertThat(second.get("items").size()).isEqualTo(13);
		assertThat(ApiResults.ids(second)).doesNotContainAnyElementsOf(ApiResults.ids(list));
	}

	@Test
	void countryFilterKeepsTheApproachesThePartyTakesPartIn() {
		JsonNode peru = list("/api/v1/cooperative-approaches?country=PE");
		assertThat(ApiResults.ids(peru)).containsExactly("ca-ch-pe", "ca-kr-pe", "ca-sg-pe");
		assertThat(peru.at("/page/totalElements").asInt()).isEqualTo(3);
		assertThat(peru.at("/page/totalPages").asInt()).isEqualTo(1);
		assertThat(ApiResults.ids(list("/api/v1/cooperative-approaches?country=pe"))).hasSize(3);
	}

	@Test
	void statusAndInstrumentFiltersCombine() {
		JsonNode inForce = list("/api/v1/cooperative-approaches?status=in_force");
		assertThat(inForce.at("/page/totalElements").asInt()).isEqualTo(2);
		assertThat(inForce.get("items").values()).allSatisfy((approach) -> assertThat(approach.get("status").asString()).isEqualTo("in_force"));
		JsonNode jcm = list("/api/v1/cooperative-approaches?instrument=jcm_document&status=agreement_signed&size=10&page=2");
		assertThat(jcm.at("/page/totalElements").asInt()).isEqualTo(29);
		assertThat(jcm.at("/page/totalPages").asInt()).isEqualTo(3);
		assertThat(jcm.get("items").size()).isEqualTo(9);
		assertThat(list("/api/v1/cooperative-approaches?country=PE&instrument=mou").at("/page/totalElements").asInt()).isZero();
	}

	@Test
	void badFilterAndPagingValuesAreBadRequestProblemsNamingTheParameter() {
		JsonNode status = problem("/api/v1/cooperative-approaches?status=signed", "status");
		assertThat(status.get("detail").asString()).contains("'signed'", "under_discussion", "first_transfer");
		assertThat(status.get("allowedValues").values().stream().map(JsonNode::asString)).containsExactly("under_discussion",
				"mou_signed", "agreement_signed", "in_force", "authorized", "first_transfer");
		assertThat(problem("/api/v1/cooperative-approaches?size=1000", "size").get("detail").asString()).contains("1", "200");
		assertThat(problem("/api/v1/cooperative-approaches?size=0", "size").get("detail").asString()).contains("between 1 and 200");
		assertThat(problem("/api/v1/cooperative-approaches?page=-1", "page").get("detail").asString()).contains("0 or more");
		assertThat(problem("/api/v1/cooperative-approaches?page=two", "page").get("detail").asString()).contains("whole number");
		assertThat(problem("/api/v1/cooperative-approaches?instrument=treaty", "instrument").get("allowedValues").size()).isEqualTo(6);
		assertThat(problem("/api/v1/cooperative-approaches?country=PER", "country").get("detail").asString()).contains("alpha-2");
		assertThat(problem("/api/v1/cooperative-approaches?country=QQ", "country").get("detail").asString()).contains("'QQ'");
	}

	@Test
	void pageBeyondTheLastIsABadRequestNamingTheLastPage() {
		JsonNode problem = problem("/api/v1/cooperative-approaches?size=10&page=7", "page");
		assertThat(problem.get("detail").asString()).startsWith("page 7 is beyond the last page (6)");
		assertThat(list("/api/v1/cooperative-approaches?size=10&page=6").get("items").size()).isEqualTo(3);
		assertThat(list("/api/v1/cooperative-approaches?country=AQ").at("/page/totalPages").asInt()).isZero();
	}

	@Test
	void csvHasAHeaderAndTheSameRowsAsTheJsonList() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/cooperative-approaches.csv").exchange();
		assertThat(result).hasStatusOk()
			.hasHeader("Content-Type", "text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"cooperative-approaches.csv\"");
		ApiResults.Csv csv = ApiResults.csv(result);
		assertThat(csv.header()).startsWith("id", "title", "instrument", "status", "transferring_parties", "acquiring_parties")
			.contains("source_url", "source_title", "source_retrieved_on", "last_reviewed_on");
		assertThat(csv.rows()).hasSize(63);
		JsonNode all = list("/api/v1/cooperative-approaches?size=200");
		assertThat(csv.column("id")).isEqualTo(ApiResults.ids(all));
	}

	@Test
	void csvTakesTheSameFilters() {
		ApiResults.Csv csv = ApiResults.csv(this.mvc.get().uri("/api/v1/cooperative-approaches.csv?country=PE").exchange());
		assertThat(csv.column("id")).containsExactly("ca-ch-pe", "ca-kr-pe", "ca-sg-pe");
		assertThat(csv.column("transferring_parties")).containsOnly("pe");
		assertThat(csv.rows()).filteredOn((row) -> row.get("id").equals("ca-kr-pe"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("sectors")).isEqualTo("energy_supply;transport;agriculture;industry"));
		MvcTestResult bad = this.mvc.get().uri("/api/v1/cooperative-approaches.csv?status=nope").exchange();
		assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@Transactional
	void draftApproachAppearsNowhere() {
		long draft = this.jdbc.sql("""
				INSERT INTO cooperative_approach (slug, title, instrument, status, publication_status, source_url,
				    source_title, source_retrieved_on, last_reviewed_on)
				VALUES ('ca-draft-pe', 'Draft approach with Peru', 'mou', 'mou_signed', 'draft', 'https://example.org/draft',
				        'Draft source', DATE '2026-01-01', DATE '2026-01-01')
				RETURNING id""").query(Long.class).single();
		this.jdbc.sql("INSERT INTO cooperative_approach_party VALUES (?, 'PE', 'transferring'), (?, 'JP', 'acquiring')")
			.params(draft, draft)
			.update();
		assertThat(ApiResults.ids(list("/api/v1/cooperative-approaches?country=PE"))).containsExactly("ca-ch-pe", "ca-kr-pe",
				"ca-sg-pe");
		assertThat(list("/api/v1/cooperative-approaches").at("/page/totalElements").asInt()).isEqualTo(63);
		assertThat(ApiResults.csv(this.mvc.get().uri("/api/v1/cooperative-approaches.csv").exchange()).column("id"))
			.hasSize(63)
			.doesNotContain("ca-draft-pe");
		MvcTestResult peru = this.mvc.get().uri("/api/v1/countries/pe").exchange();
		assertThat(ApiResults.json(peru).at("/sections/cooperativeApproaches").size()).isEqualTo(3);
		assertThat(ApiResults.body(peru)).doesNotContain("ca-draft-pe", "Draft approach");
		assertThat(ApiResults.body(this.mvc.get().uri("/api/v1/countries/pe.csv").exchange())).doesNotContain("ca-draft-pe");
		assertThat(list("/api/v1/countries?q=per").at("/items/0/counts/cooperativeApproaches").asInt()).isEqualTo(3);
	}

	@Test
	@Transactional
	void pageAndCountryCostTheSameStatementsWhateverTheirSize() {
		long emptyCountry = statementsFor("/api/v1/countries/aq");
		addPublishedApproachesWithActivitiesAndTransfers(60);
		assertThat(statementsFor("/api/v1/countries/aq")).isEqualTo(emptyCountry);
		long one = statementsFor("/api/v1/cooperative-approaches?size=1");
		long fifty = statementsFor("/api/v1/cooperative-approaches?size=50");
		// ids, count, approaches with Parties and sectors, activities, transfers, countries
		assertThat(fifty).isEqualTo(one).isEqualTo(6);
		assertThat(statementsFor("/api/v1/cooperative-approaches?size=50&country=AQ")).isEqualTo(7);
		JsonNode page = list("/api/v1/cooperative-approaches?country=AQ&size=50");
		assertThat(page.at("/page/totalElements").asInt()).isEqualTo(60);
		assertThat(page.at("/items/0/mitigationActivities").size()).isEqualTo(2);
		assertThat(page.at("/items/0/itmoTransfers/0/mitigationActivity").asString()).startsWith("synthetic-activity-");
		assertThat(page.at("/items/0/itmoTransfers/0/from/code").asString()).isEqualTo("aq");
	}

	private long statementsFor(String uri) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	private void addPublishedApproachesWithActivitiesAndTransfers(int count) {
		String sourced = "'published', 'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'";
		String[] partners = { "CH", "SG", "SE", "JP", "NO", "KR" };
		for (int i = 0; i < count; i++) {
			long approach = this.jdbc.sql("INSERT INTO cooperative_approach (slug, title, instrument, status, "
					+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, 'implementing_agreement', 'agreement_signed', " + sourced + ") RETURNING id")
				.params("aa-synthetic-approach-" + i, "Synthetic approach " + i)
				.query(Long.class)
				.single();
			this.jdbc.sql("INSERT INTO cooperative_approach_party VALUES (?, 'AQ', 'transferring'), (?, ?, 'acquiring')")
				.params(approach, approach, partners[i % partners.length])
				.update();
			this.jdbc.sql("INSERT INTO cooperative_approach_sector VALUES (?, 'energy_supply'), (?, 'transport')")
				.params(approach, approach)
				.update();
			for (int j = 0; j < 2; j++) {
				long activity = this.jdbc.sql("INSERT INTO mitigation_activity (slug, approach_id, title, activity_type_code, "
						+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
						+ "VALUES (?, ?, ?, 'clean_cooking', " + sourced + ") RETURNING id")
					.params("synthetic-activity-" + i + "-" + j, approach, "Synthetic activity " + i + "." + j)
					.query(Long.class)
					.single();
				this.jdbc.sql("INSERT INTO itmo_transfer (slug, approach_id, activity_id, from_iso2, to_iso2, transferred_on, "
						+ "quantity_tco2e, vintage, publication_status, source_url, source_title, source_retrieved_on, "
						+ "last_reviewed_on) VALUES (?, ?, ?, 'AQ', ?, DATE '2025-06-01', 1000, 2024, " + sourced + ")")
					.params("synthetic-transfer-" + i + "-" + j, approach, activity, partners[i % partners.length])
					.update();
			}
		}
	}

	private JsonNode list(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return ApiResults.json(result);
	}

	private JsonNode problem(String uri, String parameter) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = ApiResults.json(result);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("parameter").asString()).as(uri).isEqualTo(parameter);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(ApiResults.body(result)).doesNotContain("Exception", "at org.");
		return problem;
	}

}
