package org.a6portal.ndc;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.a6portal.api.ApiResults;
import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.NewChange;
import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * {@code /ndc-targets/{slug}}: a country's published targets of one NDC version on their own page, and the same set
 * in the API, on the full application and the seeded database.
 */
@IntegrationTest
@Transactional
class NdcTargetSetPageIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ChangeLog changeLog;

	@Test
	void setPageShowsTheVersionItsRegistryDocumentEveryTargetsFactsAndSourceTheCountryAndHistory() {
		MvcTestResult result = this.mvc.get().uri("/ndc-targets/ndc-pe-2025").exchange();
		assertThat(result).hasStatusOk();
		// dated by its target's source, read on 30 Nov 2026, not by the day the seed was loaded
		assertThat(lastModified(result)).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
		Document page = Pages.html(result);
		assertThat(page.select("h1").text()).isEqualTo("Peru: NDC 3.0 (2025)");
		assertThat(page.select("article > dl.facts").text()).contains("Party Peru", "NDC version NDC 3.0 (2025)",
				"Year of the version 2025", "Status Current NDC");
		Element document = page.selectFirst("section[aria-labelledby=ndc-documents-heading] li");
		assertThat(document.selectFirst("a").attr("href"))
			.isEqualTo("https://unfccc.int/sites/default/files/2025-11/Documento%20NDC%203.0_UNFCCC.pdf");
		assertThat(document.text()).contains("Peru’s Updated Nationally Determined Contribution (NDC 3.0)",
				"submitted 6 November 2025");
		Element target = page.getElementById("ndc-pe-2025-absolute-2035-unstated");
		assertThat(target.select("h3").text()).isEqualTo("2035: Absolute level, conditionality not stated");
		assertThat(target.select("dl.facts").text()).contains("Type Absolute level", "Target year 2035",
				"Reduction No percentage (see the notes)", "Condition Not stated", "Net zero 2050");
		assertThat(target.select(".notes").text()).contains("179 MtCO2e in 2035");
		assertThat(target.select("p.source a").attr("href")).isEqualTo("https://stakeholders.com.pe/?p=109892");
		assertThat(page.select("section[aria-labelledby=record-countries-heading] a").eachAttr("href"))
			.containsExactly("/countries/pe#national-targets");
		// its first public change: added, on the day its source was read
		assertThat(page.select("ol.record-history li").last().text()).isEqualTo("30 November 2026 Added to the portal.");
		assertThat(page.select("ol.record-history li").eachText()).allSatisfy((change) -> assertThat(change)
			.startsWith("30 November 2026"));
	}

	@Test
	void anEarlierVersionSaysSoAndAVersionTheRegistryDoesNotListSaysThat() {
		Document update = Pages.ok(this.mvc, "/ndc-targets/ndc-pe-2020");
		assertThat(update.select("article > dl.facts").text()).contains("Status An earlier NDC");
		assertThat(update.select("section[aria-labelledby=ndc-documents-heading] li > a").eachText())
			.containsExactly("Peru First NDC (Updated submission)");
		assertThat(update.select(".ndc-target").eachAttr("id")).containsExactly("ndc-pe-2020-absolute-2030-unconditional",
				"ndc-pe-2020-absolute-2030-conditional");
		Document first = Pages.ok(this.mvc, "/ndc-targets/ndc-pe-2015");
		assertThat(first.select("section[aria-labelledby=ndc-documents-heading] p.empty").text())
			.isEqualTo("The UNFCCC NDC registry lists no document of Peru from 2015.");
	}

	@Test
	void setPageSpeaksTheVisitorsLanguage() {
		Document page = Pages.ok(this.mvc, "/ndc-targets/ndc-pe-2025?lang=es");
		assertThat(page.select("h1").text()).isEqualTo("Perú: CDN 3.0 (2025)");
		assertThat(page.select("article > dl.facts").text()).contains("CDN vigente");
		assertThat(page.getElementById("ndc-pe-2025-absolute-2035-unstated").select("h3").text())
			.isEqualTo("2035: Nivel absoluto, no se indica si es condicional");
		Document french = Pages.ok(this.mvc, "/ndc-targets/ndc-ke-2025?lang=fr");
		assertThat(french.select("h1").text()).isEqualTo("Kenya : deuxième CDN 2031–2035 (2025)");
	}

	@Test
	void theNationalTargetsSectionLinksEachVersionToItsPage() {
		Document peru = Pages.ok(this.mvc, "/countries/pe");
		assertThat(peru.select("#national-targets .ndc h3 a").eachAttr("href")).containsExactly("/ndc-targets/ndc-pe-2025",
				"/ndc-targets/ndc-pe-2020", "/ndc-targets/ndc-pe-2015");
	}

	@Test
	void lastModifiedIsTheNewestPublicChangeOfAnyOfItsTargetsAndHistoryListsEach() {
		long conditional = idOf("ndc-pe-2020-absolute-2030-conditional");
		Instant edited = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("notes", "Old notes");
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("notes", "New notes");
		this.changeLog.record(new NewChange("ndc_target", String.valueOf(conditional), "PE updated NDC 2020",
				ChangeAction.UPDATE, "alice", 2L, true, before, after, Set.of("PE"), null, null, edited, true));
		MvcTestResult result = this.mvc.get().uri("/ndc-targets/ndc-pe-2020").exchange();
		assertThat(lastModified(result)).isEqualTo(edited);
		Document page = Pages.html(result);
		assertThat(page.select("ol.record-history li").first().text()).endsWith(" Updated. Fields changed: Notes.");
		assertThat(page.select("ol.record-history li")).hasSize(this.jdbc.sql("""
				SELECT count(*) FROM change_log l JOIN ndc_target t ON l.entity_id = t.id::text
				JOIN ndc_submission s ON s.id = t.submission_id
				WHERE l.entity_type = 'ndc_target' AND l.public_change AND s.slug = 'ndc-pe-2020'
				""").query(Integer.class).single()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.select("ol.record-history").text()).doesNotContain("alice");
	}

	@Test
	void aSetWithOnlyDraftTargetsAndAnUnknownSlugAreNotFound() {
		this.jdbc.sql("UPDATE ndc_target SET publication_status = 'draft' WHERE slug LIKE 'ndc-pe-2015-%'").update();
		assertThat(this.mvc.get().uri("/ndc-targets/ndc-pe-2015")).hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult unknown = this.mvc.get().uri("/ndc-targets/ndc-xx-1999").exchange();
		assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.html(unknown).select("main").text()).contains("Page not found");
		assertThat(this.mvc.get().uri("/api/v1/ndc-targets/ndc-pe-2015")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aLinkNamingOneTargetLeadsToItsRowOnItsSetsPage() {
		assertThat(this.mvc.get().uri("/ndc-targets/ndc-pe-2020-absolute-2030-conditional"))
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/ndc-targets/ndc-pe-2020#ndc-pe-2020-absolute-2030-conditional");
	}

	@Test
	void everySetWithAPublishedTargetIsInTheSitemap() {
		Document sitemap = org.jsoup.Jsoup.parse(ApiResults.body(this.mvc.get().uri("/sitemap.xml").exchange()), "",
				org.jsoup.parser.Parser.xmlParser());
		Map<String, String> sets = new LinkedHashMap<>();
		for (Element url : sitemap.select("url")) {
			String loc = url.selectFirst("loc").text();
			if (loc.contains("/ndc-targets/")) {
				Element lastmod = url.selectFirst("lastmod");
				sets.put(loc.substring(loc.indexOf("/ndc-targets/")), (lastmod != null) ? lastmod.text() : "");
			}
		}
		assertThat(sets).containsEntry("/ndc-targets/ndc-pe-2025", "2026-11-30T00:00:00Z")
			.containsKeys("/ndc-targets/ndc-pe-2015", "/ndc-targets/ndc-ke-2025")
			.hasSize(this.jdbc.sql("SELECT count(DISTINCT slug) FROM ndc_target_set_member WHERE publication_status = 'published'")
				.query(Integer.class)
				.single());
	}

	@Test
	void theApiGivesTheSetAsJsonAndItsTargetsAsCsv() {
		JsonNode set = ApiResults.json(this.mvc.get().uri("/api/v1/ndc-targets/ndc-pe-2020").exchange());
		assertThat(set.get("id").asString()).isEqualTo("ndc-pe-2020");
		assertThat(set.at("/country/code").asString()).isEqualTo("pe");
		assertThat(set.at("/ndc/label").asString()).isEqualTo("updated NDC 2020");
		assertThat(set.at("/ndc/current").asBoolean()).isFalse();
		assertThat(set.at("/documents/0/url").asString()).startsWith("https://unfccc.int/");
		assertThat(set.at("/documents/0/registryStatus").asString()).isEqualTo("active");
		assertThat(set.get("targets").values().stream().map((target) -> target.get("id").asString()))
			.containsExactly("ndc-pe-2020-absolute-2030-unconditional", "ndc-pe-2020-absolute-2030-conditional");
		assertThat(set.get("page").asString()).isEqualTo("/ndc-targets/ndc-pe-2020");
		ApiResults.Csv csv = ApiResults.csv(this.mvc.get().uri("/api/v1/ndc-targets/ndc-pe-2020.csv").exchange());
		assertThat(csv.column("id")).containsExactly("ndc-pe-2020-absolute-2030-unconditional",
				"ndc-pe-2020-absolute-2030-conditional");
		assertThat(csv.column("reduction_pct")).containsExactly("30.00", "40.00");
		// the list names each target's set
		JsonNode list = ApiResults.json(this.mvc.get().uri("/api/v1/ndc-targets?country=PE").exchange());
		assertThat(list.at("/items/0/ndc/id").asString()).isEqualTo("ndc-pe-2025");
	}

	private long idOf(String slug) {
		return this.jdbc.sql("SELECT id FROM ndc_target WHERE slug = ?").param(slug).query(Long.class).single();
	}

	private static Instant lastModified(MvcTestResult result) {
		return ZonedDateTime.parse(result.getResponse().getHeader("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant();
	}

}
