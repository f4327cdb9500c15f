package org.a6portal.cooperation.admin;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.a6portal.support.RecordForms;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The Article 6.2 events editor at {@code /admin/itmo-events}: events of an approach and events of a host alone.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ItmoEventAdminIntegrationTests {

	private static final String BASE = "/admin/itmo-events";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void listShowsTheSeededEventsAndFiltersThem() {
		Document page = Pages.ok(this.mvc, BASE);
		assertThat(page.select("h1").text()).isEqualTo("Article 6.2 events");
		assertThat(page.select(".list-count").text()).isEqualTo("11 records");
		assertThat(Pages.ok(this.mvc, BASE + "?country=TH").select("table tbody tr")).hasSize(4);
		assertThat(Pages.ok(this.mvc, BASE + "?q=first issuance&country=TH").select("table tbody tr td:nth-child(3)").text())
			.contains("first issuance of ITMOs");
	}

	@Test
	void anEventOfAnApproachIsShownEditedRecordedAndDeleted() {
		MvcTestResult created = RecordForms.post(this.mvc, BASE + "/new", event("ev-test-pe-mopa", "purchase agreement for Andean cookstoves"));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String editPath = created.getResponse().getRedirectedUrl();
		assertThat(article62("pe")).contains("purchase agreement for Andean cookstoves", "300,000", "contract ceiling");
		assertThat(article62("ch")).contains("purchase agreement for Andean cookstoves");

		Document form = Pages.ok(this.mvc, editPath);
		assertThat(form.select("select#kind option[selected]").val()).isEqualTo("purchase_agreement");
		assertThat(form.select("select#volumeMeaning option[selected]").val()).isEqualTo("ceiling");
		MultiValueMap<String, String> changed = Pages.formValues(form);
		changed.add("publishAnyway", "true");
		changed.set("description", "purchase agreement for Andean cookstoves, amended");
		assertThat(RecordForms.post(this.mvc, editPath, changed)).hasStatus(HttpStatus.FOUND);
		assertThat(article62("pe")).contains("purchase agreement for Andean cookstoves, amended");

		assertThat(RecordForms.post(this.mvc, editPath, event("ev-test-pe-mopa", "typed over a newer save")))
			.hasStatus(HttpStatus.CONFLICT);
		String base = RecordForms.basePath(editPath);
		assertThat(Pages.ok(this.mvc, base + "/history").select(".history__entry").first().text()).contains("Updated",
				"What happened", "amended");
		assertThat(this.mvc.post().uri(base + "/delete").with(csrf()).param("version", "1")).hasStatus(HttpStatus.FOUND);
		assertThat(article62("pe")).doesNotContain("Andean cookstoves");
	}

	@Test
	void anEventOfNoApproachIsOnItsHostsPage() {
		MultiValueMap<String, String> fields = event("ev-test-gy-alone", "registration of jurisdictional credits");
		fields.set("approachId", "");
		fields.set("hostIso2", "GY");
		fields.set("acquiringIso2", "");
		fields.set("kind", "registration");
		fields.set("volumeTco2e", "");
		fields.set("volumeMeaning", "");
		assertThat(RecordForms.post(this.mvc, BASE + "/new", fields)).hasStatus(HttpStatus.FOUND);
		assertThat(article62("gy")).contains("registration of jurisdictional credits");
		assertThat(article62("pe")).doesNotContain("jurisdictional credits");
	}

	@Test
	void invalidInputIsRefusedWithMessagesAndEverythingTypedIsKept() {
		MultiValueMap<String, String> fields = event("ev-test-bad", "half an event");
		fields.set("acquiringIso2", "PE");
		fields.set("volumeMeaning", "");
		fields.set("kind", "rumour");
		MvcTestResult result = RecordForms.post(this.mvc, BASE + "/new", fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error").text()).contains("The acquiring Party cannot be the host Party.",
				"Say what the volume measures.", "This value is not in the expected form.");
		assertThat(page.select("input#description").val()).isEqualTo("half an event");
		assertThat(page.select("input#volumeTco2e").val()).isEqualTo("300000");
		assertThat(this.jdbc.sql("SELECT count(*) FROM itmo_event WHERE slug = 'ev-test-bad'").query(Long.class).single()).isZero();
	}

	private MultiValueMap<String, String> event(String slug, String description) {
		MultiValueMap<String, String> fields = RecordForms.sourced(slug);
		// the example.org source is a content-health warning: these tests publish anyway, as an editor may
		fields.add("publishAnyway", "true");
		fields.add("approachId", String.valueOf(this.jdbc.sql("SELECT id FROM cooperative_approach WHERE slug = 'ca-ch-pe'")
			.query(Long.class).single()));
		fields.add("hostIso2", "PE");
		fields.add("acquiringIso2", "CH");
		fields.add("kind", "purchase_agreement");
		fields.add("description", description);
		fields.add("activityTitle", "Andean cookstoves");
		fields.add("eventOn", "2025-05-20");
		fields.add("volumeTco2e", "300000");
		fields.add("volumeMeaning", "ceiling");
		return fields;
	}

	private String article62(String country) {
		return Pages.ok(this.mvc, "/countries/" + country).getElementById("article-6-2").text();
	}

}
