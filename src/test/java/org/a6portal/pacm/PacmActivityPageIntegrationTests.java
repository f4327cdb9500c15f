package org.a6portal.pacm;

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
 * {@code /pacm-activities/{slug}}: a published Article 6.4 activity's own page, on the full application and the
 * seeded database.
 */
@IntegrationTest
@Transactional
class PacmActivityPageIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void activityPageShowsItsFactsSourceHostAndHistory() {
		String slug = this.jdbc.sql("SELECT slug FROM pacm_activity WHERE host_iso2 = 'PE' AND publication_status = 'published' "
				+ "AND NOT EXISTS (SELECT 1 FROM pacm_activity_other_host o WHERE o.activity_id = id) ORDER BY slug LIMIT 1")
			.query(String.class)
			.single();
		String title = this.jdbc.sql("SELECT title FROM pacm_activity WHERE slug = ?").param(slug).query(String.class).single();
		Document page = Pages.ok(this.mvc, "/pacm-activities/" + slug);
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select("dl.facts").text()).contains("Host Party Peru", "UNFCCC stage", "Origin");
		assertThat(page.select("p.source a").attr("href")).startsWith("https://");
		assertThat(page.select("section[aria-labelledby=record-countries-heading] a").eachAttr("href"))
			.containsExactly("/countries/pe#article-6-4");
		// the seed's own change is public and dated by the source, not by the day it was loaded
		assertThat(page.select("ol.record-history li").first().text()).contains("Added to the portal.");
	}

	@Test
	void componentLinksToItsProgrammeAndProgrammeListsEveryHost() {
		String component = this.jdbc.sql("SELECT c.slug FROM pacm_activity c JOIN pacm_activity p ON p.id = c.programme_id "
				+ "WHERE c.publication_status = 'published' AND p.publication_status = 'published' ORDER BY c.slug LIMIT 1")
			.query(String.class)
			.single();
		String programme = this.jdbc.sql("SELECT p.slug FROM pacm_activity c JOIN pacm_activity p ON p.id = c.programme_id "
				+ "WHERE c.slug = ?").param(component).query(String.class).single();
		Document page = Pages.ok(this.mvc, "/pacm-activities/" + component);
		assertThat(page.select("dl.facts a[href=/pacm-activities/" + programme + "]")).hasSize(1);
		String shared = this.jdbc.sql("SELECT a.slug FROM pacm_activity a JOIN pacm_activity_other_host o ON o.activity_id = a.id "
				+ "WHERE a.publication_status = 'published' GROUP BY a.slug ORDER BY count(*) DESC, a.slug LIMIT 1")
			.query(String.class)
			.single();
		int hosts = 1 + this.jdbc.sql("SELECT count(*) FROM pacm_activity_other_host o JOIN pacm_activity a ON a.id = o.activity_id "
				+ "WHERE a.slug = ?").param(shared).query(Integer.class).single();
		assertThat(Pages.ok(this.mvc, "/pacm-activities/" + shared)
			.select("section[aria-labelledby=record-countries-heading] a")).hasSize(hosts);
	}

	@Test
	void draftActivityIsNotFound() {
		this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, stage, publication_status, source_title, "
				+ "source_retrieved_on, last_reviewed_on) VALUES ('draft-activity', 'PE', 'Draft activity', 'new_activity', "
				+ "'pcn_submitted', 'draft', 'Notes', DATE '2026-01-01', DATE '2026-01-01')")
			.update();
		assertThat(this.mvc.get().uri("/pacm-activities/draft-activity")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void unknownActivityIsAHelpful404() {
		MvcTestResult result = this.mvc.get().uri("/pacm-activities/no-such-activity").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.html(result).select("main").text()).contains("Page not found");
	}

}
