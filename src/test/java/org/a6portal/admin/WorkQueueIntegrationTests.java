package org.a6portal.admin;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, the dashboard as a work queue: drafts by country, warnings, records due for review (published, last
 * reviewed more than 12 months ago), recent changes; every record for a country in one view; from a form, links to
 * the preview and the public page.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class WorkQueueIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private jakarta.persistence.EntityManager entityManager;

	@Autowired
	private WorkQueue queue;

	@Test
	void theDashboardListsDraftsByCountryAndRecordsDueForReview() {
		this.jdbc.sql("UPDATE cooperative_approach SET publication_status = 'draft' WHERE slug = 'ca-sg-pe'").update();
		this.jdbc.sql("UPDATE cooperative_approach SET last_reviewed_on = current_date - interval '13 months' "
				+ "WHERE slug = 'ca-sg-cl'").update();
		this.jdbc.sql("UPDATE cooperative_approach SET last_reviewed_on = current_date - interval '11 months' "
				+ "WHERE slug = 'ca-ch-cl'").update();
		this.entityManager.clear();
		this.queue.forget();
		Document dashboard = Pages.html(this.mvc.get().uri("/admin").exchange());
		String draft = title("ca-sg-pe");
		assertThat(dashboard.select(".queue__country").eachText())
			.anySatisfy((country) -> assertThat(country).startsWith("Peru").contains(draft))
			.anySatisfy((country) -> assertThat(country).startsWith("Singapore").contains(draft));
		assertThat(dashboard.select(".queue__country a[href='/admin/country-records?country=PE']")).isNotEmpty();
		assertThat(dashboard.select("section[aria-labelledby=queue-due]").text())
			.contains("more than 12 months ago", title("ca-sg-cl"))
			.doesNotContain(title("ca-ch-cl"));
		assertThat(dashboard.select("section[aria-labelledby=queue-warnings] a").attr("href")).isEqualTo("/admin/content-health");
		assertThat(dashboard.select("section[aria-labelledby=queue-recent] li")).isNotEmpty();
	}

	@Test
	void everyRecordForACountryIsInOneViewDraftsIncluded() {
		this.jdbc.sql("UPDATE cooperative_approach SET publication_status = 'draft' WHERE slug = 'ca-sg-pe'").update();
		this.entityManager.clear();
		this.queue.forget();
		Document page = Pages.html(this.mvc.get().uri("/admin/country-records").param("country", "pe").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Every record for Peru");
		assertThat(page.select(".country-record").eachText())
			.anySatisfy((row) -> assertThat(row).contains(title("ca-sg-pe"), "Cooperative approach", "Draft"))
			.anySatisfy((row) -> assertThat(row).contains(title("ca-ch-pe"), "Published"));
		assertThat(page.select("a[href='/admin/countries/pe/preview']")).isNotEmpty();
	}

	@Test
	void anUnknownCountryIsA404() {
		assertThat(this.mvc.get().uri("/admin/country-records").param("country", "xx").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/country-records").param("country", "<b>").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aFormLinksToThePreviewOfItsCountriesAndToItsPublicPage() {
		String id = this.jdbc.sql("SELECT id::text FROM cooperative_approach WHERE slug = 'ca-ch-pe'").query(String.class).single();
		Document form = Pages.html(this.mvc.get().uri("/admin/cooperative-approaches/" + id + "/edit").exchange());
		assertThat(form.select(".record-links__preview").eachAttr("href"))
			.containsExactly("/admin/countries/ch/preview", "/admin/countries/pe/preview");
		assertThat(form.select(".record-links__public").eachAttr("href")).containsExactly("/cooperative-approaches/ca-ch-pe");
	}

	@Test
	void aDraftsFormLinksToThePreviewOnly() {
		this.jdbc.sql("UPDATE cooperative_approach SET publication_status = 'draft' WHERE slug = 'ca-ch-pe'").update();
		this.entityManager.clear();
		this.queue.forget();
		String id = this.jdbc.sql("SELECT id::text FROM cooperative_approach WHERE slug = 'ca-ch-pe'").query(String.class).single();
		Document form = Pages.html(this.mvc.get().uri("/admin/cooperative-approaches/" + id + "/edit").exchange());
		assertThat(form.select(".record-links__preview")).hasSize(2);
		assertThat(form.select(".record-links__public")).isEmpty();
	}

	private String title(String slug) {
		return this.jdbc.sql("SELECT title FROM cooperative_approach WHERE slug = ?").param(slug).query(String.class).single();
	}

}
