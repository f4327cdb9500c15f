package org.a6portal.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.NewChange;
import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Last updated" is when the content a page shows last changed: for seeded records the date their source carries
 * (not the day the seed was loaded), for an editor's change the change; a country without any record says so.
 */
@IntegrationTest
class LastUpdatedIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ChangeLog changeLog;

	@Test
	void aPageOfSeededRecordsIsDatedByTheirSourcesNotByTheLoad() {
		// Japan's records (approaches, NDC targets) come from the seed compiled on 23 November 2026
		assertThat(Pages.ok(this.mvc, "/countries/jp").select(".last-updated time").attr("datetime"))
			.isEqualTo("2026-11-23");
		// Switzerland's too, but its ITMO events were read on 30 November 2026
		assertThat(Pages.ok(this.mvc, "/countries/ch").select(".last-updated time").attr("datetime"))
			.isEqualTo("2026-11-30");
		// Peru's newest are the CDM pipeline's, read on 30 November 2026
		assertThat(Pages.ok(this.mvc, "/countries/pe").select(".last-updated time").attr("datetime"))
			.isEqualTo("2026-11-30");
		// the log still says when each row was written
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM change_log
				WHERE changed_by = 'seed data' AND entity_type = 'cooperative_approach'
				AND content_changed_at = TIMESTAMPTZ '2026-11-23 00:00:00+00' AND changed_at > content_changed_at
				""").query(Long.class).single()).isEqualTo(63);
	}

	@Test
	void aCountryWithoutAnyRecordSaysSoInsteadOfADate() {
		Document chad = Pages.ok(this.mvc, "/countries/td");
		assertThat(chad.select(".last-updated time")).isEmpty();
		assertThat(chad.select(".last-updated").text())
			.isEqualTo("No Article 6 record published yet");
		assertThat(chad.select("script[type=application/ld+json]").html()).doesNotContain("dateModified");
		assertThat(Pages.ok(this.mvc, "/countries/td?lang=es").select(".last-updated").text())
			.isEqualTo("Aún no hay registros del artículo 6 publicados");
		assertThat(Pages.ok(this.mvc, "/embed/countries/td").select(".last-updated time")).isEmpty();
	}

	@Test
	@Transactional
	void anEditorsChangeDatesThePageByTheChange() {
		Instant before = Instant.now().minusSeconds(1);
		this.changeLog.record(new NewChange("country", "TD", "Chad", ChangeAction.UPDATE, "editor@example.org", 1L, true,
				null, null, Set.of("TD"), null));
		Document chad = Pages.ok(this.mvc, "/countries/td");
		assertThat(chad.select(".last-updated time").attr("datetime"))
			.isEqualTo(LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC).toString());
		assertThat(this.jdbc.sql("SELECT max(content_changed_at) FROM change_log WHERE changed_by = 'editor@example.org'")
			.query(Instant.class)
			.single()).isAfter(before);
	}

}
