package org.a6portal.sustainabledevelopment;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /initial-reports/{slug}}: a published initial report's own page, on the full application and the seeded
 * database.
 */
@IntegrationTest
@Transactional
class InitialReportPageIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void reportPageShowsItsFactsSourcePartyAndHistory() {
		Document page = Pages.ok(this.mvc, "/initial-reports/ir-gh-1");
		assertThat(page.select("h1").text()).isEqualTo("Initial report under Article 6.2");
		assertThat(page.select("dl.facts").text()).contains("Party Ghana", "Technical expert review");
		assertThat(page.select("p.source a").attr("href")).startsWith("https://");
		assertThat(page.select("section[aria-labelledby=record-countries-heading] a").eachAttr("href"))
			.containsExactly("/countries/gh#sustainable-development");
		assertThat(page.select("ol.record-history li")).isNotEmpty();
	}

	@Test
	void draftReportIsNotFound() {
		this.jdbc.sql("INSERT INTO initial_report (slug, country_iso2, title, review_status, publication_status, "
				+ "source_title, source_retrieved_on, last_reviewed_on) VALUES ('ir-draft', 'PE', 'Draft report', "
				+ "'submitted', 'draft', 'Notes', DATE '2026-01-01', DATE '2026-01-01')")
			.update();
		assertThat(this.mvc.get().uri("/initial-reports/ir-draft")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void unknownReportIsAHelpful404InTheVisitorsLanguage() {
		MvcTestResult result = this.mvc.get().uri("/initial-reports/no-such-report").header("Accept-Language", "fr").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.html(result).select("html").attr("lang")).isEqualTo("fr");
	}

}
