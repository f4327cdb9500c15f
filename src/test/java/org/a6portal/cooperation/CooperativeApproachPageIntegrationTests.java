package org.a6portal.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.NewChange;
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
 * {@code /cooperative-approaches/{slug}}: a published approach's own page, on the full application and the seeded
 * database.
 */
@IntegrationTest
@Transactional
class CooperativeApproachPageIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ChangeLog changeLog;

	@Test
	void approachPageShowsItsFactsSourceCountriesAndTransfers() {
		long id = idOf("ca-ch-pe");
		this.jdbc.sql("INSERT INTO itmo_transfer (slug, approach_id, from_iso2, to_iso2, transferred_on, quantity_tco2e, "
				+ "vintage, is_first_transfer, publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
				+ "VALUES ('t-pe-ch-1', ?, 'PE', 'CH', DATE '2024-01-30', 1916, 2023, true, 'published', "
				+ "'https://example.org/transfer', 'Transfer notice', DATE '2024-02-01', DATE '2024-02-01')")
			.param(id)
			.update();
		Document page = Pages.ok(this.mvc, "/cooperative-approaches/ca-ch-pe");
		assertThat(page.select("h1").text())
			.isEqualTo("Implementing Agreement to the Paris Agreement between the Swiss Confederation and the Republic of Peru");
		assertThat(page.select("dl.facts").text()).contains("Transferring (host) Party Peru", "Acquiring Party Switzerland",
				"Signed 20 October 2020");
		assertThat(page.select("p.source a").attr("href")).startsWith("https://");
		assertThat(page.select("section[aria-labelledby=record-countries-heading] a").eachAttr("href"))
			.containsExactly("/countries/pe#article-6-2", "/countries/ch#article-6-2");
		assertThat(page.select("table.data-table--stack td[data-label]").eachText()).contains("Peru", "Switzerland", "1,916");
	}

	@Test
	void historyListsPublicChangesByFieldLabelAndLastModifiedIsTheApproachsOwnLastChange() {
		long id = idOf("ca-ch-pe");
		// after the seed's dates, so that it is the approach's last public change
		Instant edited = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		// in this order (Map.of's order differs from one JVM to the next)
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("title", "Old title");
		before.put("notes", "Old notes");
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", "New title");
		after.put("notes", "New notes");
		this.changeLog.record(new NewChange("cooperative_approach", String.valueOf(id), "Peru–Switzerland",
				ChangeAction.UPDATE, "alice", 2L, true, before, after, Set.of("PE", "CH"), null, null, edited, true));
		// a draft's change (not public) and another Peru record's later change leave this page's date alone
		this.changeLog.record(new NewChange("cooperative_approach", String.valueOf(id), "Peru–Switzerland",
				ChangeAction.UPDATE, "alice", 3L, false, before, after, Set.of("PE"), null, null,
				edited.plus(1, ChronoUnit.DAYS), true));
		this.changeLog.record(new NewChange("pacm_activity", "999999", "Other", ChangeAction.UPDATE, "bob", 2L, true,
				before, after, Set.of("PE"), null, null, edited.plus(2, ChronoUnit.DAYS), true));
		MvcTestResult result = this.mvc.get().uri("/cooperative-approaches/ca-ch-pe").exchange();
		assertThat(result).hasStatusOk();
		assertThat(ZonedDateTime.parse(result.getResponse().getHeader("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant()).isEqualTo(edited);
		Document page = Pages.html(result);
		assertThat(page.select("ol.record-history li").first().text()).endsWith(" Updated. Fields changed: Title, Notes.");
		assertThat(page.select("ol.record-history li time").first().attr("datetime"))
			.isEqualTo(LocalDate.ofInstant(edited, ZoneOffset.UTC).toString());
		assertThat(page.select("ol.record-history").text()).doesNotContain("alice", "title,", "notes.");
		assertThat(page.select("ol.record-history li")).hasSize(
				this.jdbc.sql("SELECT count(*) FROM change_log WHERE entity_type = 'cooperative_approach' AND entity_id = ? "
						+ "AND public_change").param(String.valueOf(id)).query(Integer.class).single());
	}

	@Test
	void draftApproachIsNotFound() {
		this.jdbc.sql("INSERT INTO cooperative_approach (slug, title, instrument, status, publication_status, source_title, "
				+ "source_retrieved_on, last_reviewed_on) VALUES ('draft-approach', 'Draft approach', "
				+ "'implementing_agreement', 'under_discussion', 'draft', 'Notes', DATE '2026-01-01', DATE '2026-01-01')")
			.update();
		assertThat(this.mvc.get().uri("/cooperative-approaches/draft-approach")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void unknownApproachIsAHelpful404() {
		MvcTestResult result = this.mvc.get().uri("/cooperative-approaches/no-such-approach").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.html(result).select("main").text()).contains("Page not found", "may not be published");
	}

	@Test
	void pageIsInSpanishWhenAskedFor() {
		Document page = Pages.html(this.mvc.get().uri("/cooperative-approaches/ca-ch-pe").header("Accept-Language", "es").exchange());
		assertThat(page.select("h2").eachText()).contains("Países implicados", "Historial de cambios públicos");
		assertThat(page.select("dl.facts").text()).contains("Perú");
	}

	private long idOf(String slug) {
		return this.jdbc.sql("SELECT id FROM cooperative_approach WHERE slug = ?").param(slug).query(Long.class).single();
	}

}
