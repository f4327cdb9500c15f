package org.a6portal.timeline;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /timelines}: approaches signed per year and CDM transitions requested and host-approved per quarter, for the
 * portal, a region and a country, as SVG charts with the same figures in tables. Tuvalu has no seeded record, so the
 * records written here (rolled back after each test) are all its timelines hold.
 */
@IntegrationTest
@Transactional
class TimelinesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void tuvaluHasApproachesAndTransitions() {
		approach("timeline-tv-1", "TV", "2021-03-04", null);
		approach("timeline-tv-2", "TV", "2022-06-01", "2023-01-10");
		// an agreement in 2022 and a memorandum only in 2024: signed in 2022, its first signature
		approach("timeline-tv-3", "TV", "2024-05-05", "2022-11-30");
		approach("timeline-tv-undated", "TV", null, null);
		transition("timeline-tv-a", "TV", "host_approved", "2024-02-10", "2024-02-10");
		transition("timeline-tv-b", "TV", "transition_checks", "2024-09-01", "2024-08-01");
		transition("timeline-tv-c", "TV", "transition_requested", "2023-11-05", null);
		transition("timeline-tv-d", "TV", "transition_requested", null, null);
		// a programme hosted first by Fiji and also by Tuvalu: on both timelines, once each
		long programme = transition("timeline-fj-programme", "FJ", "host_approved", "2024-03-31", "2024-03-31");
		this.jdbc.sql("INSERT INTO pacm_activity_other_host (activity_id, country_iso2) VALUES (?, 'TV')").param(programme).update();
		// a draft is never counted
		this.jdbc.sql("UPDATE pacm_activity SET publication_status = 'draft' WHERE slug = 'timeline-tv-d'").update();
		transition("timeline-tv-e", "TV", "transition_requested", null, null);
	}

	@Test
	void aCountrysTimelinesCountItsApproachesPerYearAndItsTransitionsPerQuarter() {
		Document page = Pages.ok(this.mvc, "/timelines?country=tv");
		assertThat(page.select("h1").text()).isEqualTo("Timelines: Tuvalu");
		assertThat(rows(page, "#approaches")).containsExactly("2021 1", "2022 2");
		assertThat(page.select("#approaches .chart-note").text()).isEqualTo("1 approach has no recorded signing date and is not on the chart.");
		// Q4 2023: one dated request; Q1 2024: Tuvalu's approval and the Fijian programme's; Q2 empty; Q3 one approval
		assertThat(rows(page, "#transitions")).containsExactly("Q4 2023 1 0", "Q1 2024 0 2", "Q2 2024 0 0",
				"Q3 2024 0 1");
		assertThat(page.select("#transitions .section-count").text()).isEqualTo("3 host approvals and 1 dated request.");
		assertThat(page.select("#transitions .chart-note").text()).startsWith("4 requests have no recorded date");
		assertThat(page.select("#transitions > p").first().text()).startsWith("5 CDM activities have asked");
	}

	@Test
	void eachChartIsAnSvgImageNamedByItsCaptionWithABarPerFigure() {
		Document page = Pages.ok(this.mvc, "/timelines?country=tv");
		Element svg = page.selectFirst("#transitions svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("transitions-chart-title transitions-chart-desc");
		assertThat(page.getElementById("transitions-chart-title").text())
			.isEqualTo("CDM transitions requested and host-approved per quarter: Tuvalu");
		assertThat(page.getElementById("transitions-chart-desc").text()).startsWith("From Q4 2023 to Q3 2024.");
		assertThat(svg.select("rect.timeline-bar").eachText()).containsExactly("Q4 2023 – Transitions requested: 1",
				"Q1 2024 – Approved by the host Party: 2", "Q3 2024 – Approved by the host Party: 1");
		// axis labels: a quarter under each slot, its year under each first quarter and the first slot
		assertThat(svg.select("text.timeline-chart__label").eachText()).containsExactly("Q4", "Q1", "Q2", "Q3");
		assertThat(svg.select("text.timeline-chart__year").eachText()).containsExactly("2023", "2024");
		Element approaches = page.selectFirst("#approaches svg");
		assertThat(approaches.select("rect.timeline-bar--approaches")).hasSize(2);
		assertThat(approaches.select("text.timeline-chart__label").eachText()).containsExactly("2021", "2022");
	}

	@Test
	void aRegionsTimelinesCountEachOfItsTransitionsOnceInSpanish() {
		MvcTestResult result = this.mvc.get().uri("/timelines?region=oceania").header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();
		assertThat(result).hasStatusOk();
		Document page = Pages.html(result);
		assertThat(page.select("h1").text()).isEqualTo("Cronologías: Oceanía");
		// the Fijian programme co-hosted by Tuvalu counts once for the region
		assertThat(rows(page, "#transitions")).contains("T4 2023 1 0", "T1 2024 0 2", "T3 2024 0 1");
		assertThat(page.select("#transitions thead th").eachText()).containsExactly("Trimestre", "Transiciones solicitadas",
				"Aprobadas por la Parte de acogida");
		assertThat(page.select("#transitions svg text.timeline-chart__label").eachText()).first().isEqualTo("T4");
		assertThat(page.select("#timeline-region option[selected]").attr("value")).isEqualTo("oceania");
	}

	@Test
	void latinAmericasTransitionsPerQuarterReadInSpanishAndFrench() {
		Document spanish = Pages.ok(this.mvc, "/timelines?region=latin_america_caribbean&lang=es");
		assertThat(spanish.select("h1").text()).isEqualTo("Cronologías: América Latina y el Caribe");
		List<String> quarters = spanish.select("#transitions tbody th").eachText();
		assertThat(quarters).isNotEmpty().allMatch((quarter) -> quarter.matches("T[1-4] 20\\d\\d"));
		long approved = this.jdbc.sql("""
				SELECT count(*) FROM pacm_activity a
				WHERE a.origin = 'cdm_transition' AND a.publication_status = 'published' AND a.host_approved_on IS NOT NULL
				  AND (a.host_iso2 IN (SELECT iso2 FROM country WHERE region = 'latin_america_caribbean')
				       OR a.id IN (SELECT h.activity_id FROM pacm_activity_other_host h JOIN country c ON c.iso2 = h.country_iso2
				                   WHERE c.region = 'latin_america_caribbean'))""").query(Long.class).single();
		assertThat(approved).isPositive();
		long tabled = spanish.select("#transitions tbody tr").stream()
			.mapToLong((row) -> Long.parseLong(row.select("td").get(1).text().replaceAll("\\D", "")))
			.sum();
		assertThat(tabled).isEqualTo(approved);
		Document french = Pages.ok(this.mvc, "/timelines?region=latin_america_caribbean&lang=fr");
		assertThat(french.select("h1").text()).isEqualTo("Chronologies : Amérique latine et Caraïbes");
		assertThat(french.select("#transitions tbody th").eachText()).allMatch((quarter) -> quarter.matches("T[1-4] 20\\d\\d"));
	}

	@Test
	void thePortalsTimelinesCountEveryPublishedApproach() {
		Document page = Pages.ok(this.mvc, "/timelines");
		assertThat(page.select("h1").text()).isEqualTo("Timelines: all countries");
		long dated = this.jdbc.sql("""
				SELECT count(*) FROM cooperative_approach
				WHERE publication_status = 'published' AND coalesce(mou_signed_on, signed_on) IS NOT NULL""")
			.query(Long.class)
			.single();
		long tabled = page.select("#approaches tbody td").stream().mapToLong((cell) -> Long.parseLong(cell.text().replace(",", ""))).sum();
		assertThat(tabled).isEqualTo(dated);
		assertThat(page.select("#timeline-country option").eachAttr("value")).contains("tv", "pe", "ch", "in");
	}

	@Test
	void theCanonicalAndLanguageLinksKeepTheFilter() {
		Document page = Pages.ok(this.mvc, "/timelines?country=TV&utm_source=x");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/timelines?country=tv");
		assertThat(page.select("nav.languages a").eachAttr("href")).contains("/timelines?country=tv&lang=es");
		assertThat(page.select("#timeline-country option[selected]").attr("value")).isEqualTo("tv");
	}

	@Test
	void aCountryPageLinksToItsTimelines() {
		Document page = Pages.ok(this.mvc, "/countries/tv");
		assertThat(page.select("#article-6-2 .more-link a").eachAttr("href")).contains("/timelines?country=tv#approaches");
		assertThat(page.select("#article-6-4 .more-link a").eachAttr("href")).contains("/timelines?country=tv#transitions");
	}

	@Test
	void theSitemapListsTheTimelines() {
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk().bodyText().contains("/timelines</loc>");
	}

	@Test
	void aFilterThatNamesNoCountryOrRegionIsA400PageSayingWhy() {
		badRequest("/timelines?country=zz", "en", "No country has the code “zz”.");
		badRequest("/timelines?country=peru", "en", "“peru” cannot be a country code");
		badRequest("/timelines?region=moon", "es", "«moon» no es una región que el portal conozca");
		badRequest("/timelines?country=pe&region=oceania", "fr", "Choisissez un pays ou une région, pas les deux");
		badRequest("/timelines?region=" + "x".repeat(10_000), "en", "“" + "x".repeat(40) + "…” is not a region");
	}

	private void badRequest(String uri, String language, String reason) {
		MvcTestResult result = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).select(".error-page > p:not(.eyebrow)").text()).contains(reason);
	}

	private static List<String> rows(Document page, String section) {
		return page.select(section + " tbody tr").eachText();
	}

	private void approach(String slug, String iso2, String mouSignedOn, String signedOn) {
		this.jdbc.sql("""
				INSERT INTO cooperative_approach (slug, title, instrument, status, mou_signed_on, signed_on, publication_status,
				                                  source_url, source_title, source_retrieved_on, last_reviewed_on)
				VALUES (:slug, :slug, 'mou', 'mou_signed', CAST(:mou AS date), CAST(:signed AS date), 'published',
				        'https://example.org/source', 'Source', DATE '2026-01-01', DATE '2026-01-01')
				""").param("slug", slug).param("mou", mouSignedOn).param("signed", signedOn).update();
		this.jdbc.sql("""
				INSERT INTO cooperative_approach_party (approach_id, country_iso2, role)
				SELECT id, :iso2, 'transferring' FROM cooperative_approach WHERE slug = :slug
				""").param("iso2", iso2).param("slug", slug).update();
	}

	private long transition(String slug, String host, String stage, String stageOn, String hostApprovedOn) {
		return this.jdbc.sql("""
				INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, stage_on, host_approved_on,
				                           publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)
				VALUES (:slug, :host, :slug, 'cdm_transition', 'project', :stage, CAST(:stageOn AS date),
				        CAST(:approved AS date), 'published', 'https://example.org/source', 'Source', DATE '2026-01-01',
				        DATE '2026-01-01')
				RETURNING id
				""").param("slug", slug).param("host", host).param("stage", stage).param("stageOn", stageOn)
			.param("approved", hostApprovedOn).query(Long.class).single();
	}

}
