package org.a6portal.api;

import java.net.URI;
import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.a6portal.support.BadSlugs.MALFORMED;
import static org.a6portal.support.BadSlugs.REFUSED_BY_FIREWALL;
import static org.a6portal.support.BadSlugs.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One record's own API resource, {@code /api/v1/{cooperative-approaches,pacm-activities,initial-reports}/{id}} and its
 * CSV: the list entry plus the record's full facts, links to its page and its countries' resources, problems for
 * drafts, unknown and malformed ids; on the full application and the seeded database.
 */
@IntegrationTest
class RecordApiIntegrationTests {

	/** Every record resource, with {@code %s} where the id goes. */
	private static final List<String> RESOURCES = List.of("/api/v1/cooperative-approaches/%s",
			"/api/v1/cooperative-approaches/%s.csv", "/api/v1/pacm-activities/%s", "/api/v1/pacm-activities/%s.csv",
			"/api/v1/initial-reports/%s", "/api/v1/initial-reports/%s.csv");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void approachIsItsListEntryThenItsItmoEvents() {
		JsonNode approach = json("/api/v1/cooperative-approaches/ca-ch-pe");
		JsonNode entry = ApiResults.json(this.mvc.get().uri("/api/v1/cooperative-approaches?country=PE&size=200").exchange())
			.get("items")
			.values()
			.stream()
			.filter((item) -> item.get("id").asString().equals("ca-ch-pe"))
			.findFirst()
			.orElseThrow();
		ObjectNode withoutEvents = ((ObjectNode) approach.deepCopy());
		withoutEvents.remove("itmoEvents");
		assertThat(withoutEvents).isEqualTo(entry);
		assertThat(approach.get("itmoEvents").values()).hasSize(2).allSatisfy((event) -> {
			assertThat(event.get("kind").asString()).isIn("purchase_agreement", "authorisation", "issuance",
					"registration", "transfer");
			assertThat(event.at("/host/code").asString()).isEqualTo("pe");
			assertThat(event.at("/host/links/api").asString()).isEqualTo("/api/v1/countries/pe");
			assertThat(event.at("/source/url").asString()).startsWith("http");
		});
		assertThat(approach.at("/links/page").asString()).isEqualTo("/cooperative-approaches/ca-ch-pe");
		assertThat(approach.at("/links/api").asString()).isEqualTo("/api/v1/cooperative-approaches/ca-ch-pe");
		assertThat(approach.get("parties").values().stream().map((party) -> party.at("/links/api").asString()))
			.containsExactlyInAnyOrder("/api/v1/countries/pe", "/api/v1/countries/ch");
		// every link answers
		for (String link : List.of("page", "api", "csv", "feed", "embed")) {
			assertThat(this.mvc.get().uri(approach.at("/links/" + link).asString())).as(link).hasStatusOk();
		}
	}

	@Test
	void approachCsvHoldsItsRowThenItsActivitiesTransfersAndEvents() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/cooperative-approaches/ca-ch-pe.csv").exchange();
		assertThat(result).hasStatusOk()
			.hasHeader("Content-Type", "text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"cooperative-approach-ca-ch-pe.csv\"");
		ApiResults.Csv csv = ApiResults.csv(result);
		assertThat(csv.header()).startsWith("record_type", "id", "title").contains("kind", "volume_meaning", "event_on");
		assertThat(csv.column("record_type").getFirst()).isEqualTo("cooperative_approach");
		assertThat(csv.column("id").getFirst()).isEqualTo("ca-ch-pe");
		assertThat(csv.column("record_type")).containsOnlyOnce("cooperative_approach")
			.filteredOn("itmo_event"::equals)
			.hasSize(2);
		assertThat(csv.rows().stream().filter((row) -> row.get("record_type").equals("itmo_event")))
			.allSatisfy((row) -> assertThat(row.get("approach_id")).isEqualTo("ca-ch-pe"));
	}

	@Test
	void componentNamesItsProgrammeAndTheProgrammeItsComponents() {
		JsonNode component = json("/api/v1/pacm-activities/unepccc-row-534");
		assertThat(component.get("form").asString()).isEqualTo("component");
		assertThat(component.at("/programme/id").asString()).isEqualTo("unepccc-row-536");
		assertThat(component.at("/programme/links/page").asString()).isEqualTo("/pacm-activities/unepccc-row-536");
		assertThat(component.get("components").values()).isEmpty();
		assertThat(component.at("/links/page").asString()).isEqualTo("/pacm-activities/unepccc-row-534");
		JsonNode programme = json("/api/v1/pacm-activities/unepccc-row-536");
		assertThat(programme.get("programme").isNull()).isTrue();
		assertThat(programme.get("components").values().stream().map((item) -> item.get("id").asString()))
			.contains("unepccc-row-534", "unepccc-row-535");
		ApiResults.Csv csv = ApiResults.csv(this.mvc.get().uri("/api/v1/pacm-activities/unepccc-row-536.csv").exchange());
		assertThat(csv.rows()).hasSize(1);
		assertThat(csv.column("component_ids").getFirst()).contains("unepccc-row-534;").contains("unepccc-row-535");
		assertThat(csv.header()).containsSubsequence("id", "title", "host_country", "last_reviewed_on", "other_host_countries",
				"host_approved_on", "programme_id", "component_ids");
	}

	@Test
	void programmeWithSeveralHostsNamesEachWithItsResource() {
		JsonNode programme = json("/api/v1/pacm-activities/unepccc-row-253");
		assertThat(programme.at("/host/code").asString()).isEqualTo("bf");
		assertThat(programme.get("otherHosts").values().stream().map((host) -> host.at("/links/api").asString()))
			.containsExactly("/api/v1/countries/gh", "/api/v1/countries/ml", "/api/v1/countries/sn", "/api/v1/countries/tg");
		assertThat(ApiResults.csv(this.mvc.get().uri("/api/v1/pacm-activities/unepccc-row-253.csv").exchange())
			.column("other_host_countries")).containsExactly("gh;ml;sn;tg");
	}

	@Test
	void initialReportIsAsInTheList() {
		JsonNode report = json("/api/v1/initial-reports/ir-gh-1");
		JsonNode list = ApiResults.json(this.mvc.get().uri("/api/v1/initial-reports?country=gh").exchange());
		assertThat(list.at("/items/0")).isEqualTo(report);
		assertThat(report.at("/country/links/api").asString()).isEqualTo("/api/v1/countries/gh");
		assertThat(report.at("/links/page").asString()).isEqualTo("/initial-reports/ir-gh-1");
		assertThat(report.get("reviewStatus").asString()).isEqualTo("submitted");
		ApiResults.Csv csv = ApiResults.csv(this.mvc.get().uri("/api/v1/initial-reports/ir-gh-1.csv").exchange());
		assertThat(csv.column("id")).containsExactly("ir-gh-1");
		assertThat(csv.column("country")).containsExactly("gh");
	}

	@Test
	void unknownIdsAreNotFoundProblems() {
		for (String resource : RESOURCES) {
			String uri = resource.formatted("no-such-record");
			MvcTestResult result = this.mvc.get().uri(uri).exchange();
			assertThat(result).as(uri).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(ApiResults.json(result).get("detail").asString()).as(uri).contains("'no-such-record'");
			assertThat(result.getResponse().getHeader("Cache-Control")).as(uri).isEqualTo("no-store");
		}
	}

	@Test
	@Transactional
	void draftsAreNotFound() {
		this.jdbc.sql("INSERT INTO cooperative_approach (slug, title, instrument, status, publication_status, source_title, "
				+ "source_retrieved_on, last_reviewed_on) VALUES ('draft-approach', 'Draft approach', "
				+ "'implementing_agreement', 'under_discussion', 'draft', 'Notes', DATE '2026-01-01', DATE '2026-01-01')")
			.update();
		this.jdbc.sql("UPDATE initial_report SET publication_status = 'draft' WHERE slug = 'ir-gy-1'").update();
		this.jdbc.sql("UPDATE pacm_activity SET publication_status = 'draft' WHERE slug = 'unepccc-row-535'").update();
		for (String uri : List.of("/api/v1/cooperative-approaches/draft-approach", "/api/v1/cooperative-approaches/draft-approach.csv",
				"/api/v1/initial-reports/ir-gy-1", "/api/v1/pacm-activities/unepccc-row-535.csv")) {
			assertThat(this.mvc.get().uri(uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		// nor listed: the list, its CSV and the programme's components leave drafts out
		assertThat(ApiResults.ids(ApiResults.json(this.mvc.get().uri("/api/v1/initial-reports").exchange())))
			.containsExactly("ir-gh-1");
		assertThat(json("/api/v1/pacm-activities/unepccc-row-536").get("components").values().stream()
			.map((item) -> item.get("id").asString())).doesNotContain("unepccc-row-535");
	}

	@Test
	void malformedIdsAreBadRequestProblemsWhateverTheyHold() {
		for (String resource : RESOURCES) {
			for (String id : MALFORMED) {
				// as sent on the wire: URI.create keeps the percent-escapes as they are
				MvcTestResult result = this.mvc.get().uri(URI.create(resource.formatted(id))).exchange();
				String shown = resource.formatted(id.substring(0, Math.min(id.length(), 30)));
				assertThat(result).as(shown).hasStatus(HttpStatus.BAD_REQUEST)
					.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(ApiResults.json(result).get("detail").asString()).as(shown)
					.contains("cannot be a record's id")
					.hasSizeLessThan(300);
			}
			// a null byte, a line feed or a semicolon: Spring Security's firewall refuses the URL first, with a 400
			for (String id : REFUSED_BY_FIREWALL) {
				assertThat(this.mvc.get().uri(URI.create(resource.formatted(id)))).as(id).hasStatus(HttpStatus.BAD_REQUEST);
			}
			// other control and text-direction characters are removed as the path is read: "ab" is no record
			for (String id : REMOVED) {
				assertThat(this.mvc.get().uri(URI.create(resource.formatted(id)))).as(id).hasStatus(HttpStatus.NOT_FOUND)
					.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			}
		}
	}

	@Test
	void badQueryParametersOfTheListAreBadRequestProblems() {
		for (String query : List.of("reviewStatus=accepted", "country=zz", "country=" + "p".repeat(10_000), "page=-1",
				"size=0", "page=abc", "page=5", "country=p%00e")) {
			MvcTestResult result = this.mvc.get().uri("/api/v1/initial-reports?" + query).exchange();
			assertThat(result).as(query.substring(0, Math.min(40, query.length()))).hasStatus(HttpStatus.BAD_REQUEST);
		}
		JsonNode problem = ApiResults.json(this.mvc.get().uri("/api/v1/initial-reports.csv?reviewStatus=accepted").exchange());
		assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString))
			.containsExactly("submitted", "under_review", "review_published");
	}

	@Test
	void recordResourceIsStampedWithTheRecordsOwnLastChange() {
		String page = this.mvc.get().uri("/cooperative-approaches/ca-ch-pe").exchange().getResponse().getHeader("Last-Modified");
		for (String uri : List.of("/api/v1/cooperative-approaches/ca-ch-pe", "/api/v1/cooperative-approaches/ca-ch-pe.csv")) {
			MvcTestResult result = this.mvc.get().uri(uri).exchange();
			assertThat(result.getResponse().getHeader("Last-Modified")).as(uri).isEqualTo(page);
			assertThat(this.mvc.get().uri(uri).header("If-None-Match", result.getResponse().getHeader("ETag")))
				.as(uri)
				.hasStatus(HttpStatus.NOT_MODIFIED);
		}
		assertThat(this.mvc.get().uri("/api/v1/initial-reports/ir-gh-1").exchange().getResponse().getHeader("Last-Modified"))
			.isEqualTo(this.mvc.get().uri("/initial-reports/ir-gh-1").exchange().getResponse().getHeader("Last-Modified"));
	}

	private JsonNode json(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return ApiResults.json(result);
	}

}
