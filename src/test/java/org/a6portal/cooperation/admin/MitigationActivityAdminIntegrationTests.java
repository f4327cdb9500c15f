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
 * The mitigation activities editor at {@code /admin/mitigation-activities}, through to the Parties' country pages.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class MitigationActivityAdminIntegrationTests {

	private static final String BASE = "/admin/mitigation-activities";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aPublishedActivityAppearsUnderItsApproachOnBothPartiesPagesAndInTheList() {
		MvcTestResult created = RecordForms.post(this.mvc, BASE + "/new", activity("ma-test-cookstoves", "Andean cookstoves"));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String editPath = created.getResponse().getRedirectedUrl();
		assertThat(editPath).matches(BASE + "/\\d+/edit");
		for (String country : new String[] { "pe", "ch" }) {
			assertThat(article62(country).text()).as(country).contains("Andean cookstoves");
		}
		assertThat(article62("gh").text()).doesNotContain("Andean cookstoves");
		Document form = Pages.ok(this.mvc, editPath);
		assertThat(form.select("select#approachId option[selected]").val()).isEqualTo(String.valueOf(approachId("ca-ch-pe")));
		assertThat(form.select("select#activityTypeCode option[selected]").val()).isEqualTo("clean_cooking");
		assertThat(form.select("input#expectedItmosTco2e").val()).isEqualTo("1500000");
		assertThat(form.select("select#authorizedUse option[selected]").val()).isEqualTo("NDC");
		assertThat(titles(BASE + "?q=andean")).containsExactly("Andean cookstoves");
		assertThat(titles(BASE + "?country=PE")).contains("Andean cookstoves");
		assertThat(titles(BASE + "?country=GH")).doesNotContain("Andean cookstoves");
		assertThat(titles(BASE + "?status=draft")).doesNotContain("Andean cookstoves");
	}

	@Test
	void invalidInputIsRefusedWithMessagesAndEverythingTypedIsKept() {
		MultiValueMap<String, String> fields = activity("ma-test-bad", " ");
		fields.set("approachId", "999999");
		fields.set("expectedItmosTco2e", "-5");
		fields.set("description", "Typed before the mistake.");
		MvcTestResult result = RecordForms.post(this.mvc, BASE + "/new", fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error").text()).contains("Please fill in this field.",
				"Choose a cooperative approach from the list.", "Enter zero or a positive number.");
		assertThat(page.select("input#slug").val()).isEqualTo("ma-test-bad");
		assertThat(page.select("input#expectedItmosTco2e").val()).isEqualTo("-5");
		assertThat(page.select("textarea#description").val()).isEqualTo("Typed before the mistake.");
		assertThat(count()).isZero();
	}

	@Test
	void editsAreRecordedConflictsRefusedRevertAndDeleteReachThePublicPage() {
		String editPath = RecordForms.post(this.mvc, BASE + "/new", activity("ma-test-life", "Solar pumps"))
			.getResponse().getRedirectedUrl();
		MultiValueMap<String, String> renamed = activity("ma-test-life", "Solar irrigation pumps");
		assertThat(RecordForms.post(this.mvc, editPath, renamed)).hasStatus(HttpStatus.FOUND);
		assertThat(article62("pe").text()).contains("Solar irrigation pumps");

		MultiValueMap<String, String> stale = activity("ma-test-life", "Solar pumps, typed by Bob");
		MvcTestResult bob = RecordForms.post(this.mvc, editPath, stale);
		assertThat(bob).hasStatus(HttpStatus.CONFLICT);
		Document conflict = Pages.html(bob);
		assertThat(conflict.select(".notice--error").text()).contains("Someone else saved this record", "Solar irrigation pumps");
		assertThat(conflict.select("input#title").val()).isEqualTo("Solar pumps, typed by Bob");

		String base = RecordForms.basePath(editPath);
		Document history = Pages.ok(this.mvc, base + "/history");
		assertThat(history.select(".history__entry")).hasSize(2);
		assertThat(history.select(".history__entry").first().text()).contains("Updated", "editor@example.org", "Solar pumps",
				"Solar irrigation pumps");
		long update = this.jdbc.sql("SELECT max(id) FROM change_log WHERE entity_type = 'mitigation_activity' AND entity_id = ?")
			.param(base.replaceAll(".*/", "")).query(Long.class).single();
		assertThat(this.mvc.post().uri("/admin/changes/" + update + "/revert").with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(article62("pe").text()).contains("Solar pumps").doesNotContain("Solar irrigation pumps");

		Document confirm = Pages.ok(this.mvc, base + "/delete");
		String version = confirm.select("input[name=version]").val();
		MvcTestResult deleted = this.mvc.post().uri(base + "/delete").with(csrf()).param("version", version).exchange();
		assertThat(deleted).hasStatus(HttpStatus.FOUND).hasHeader("Location", BASE);
		assertThat(article62("pe").text()).doesNotContain("Solar pumps");
		assertThat(this.mvc.get().uri(editPath)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.sql("SELECT action FROM change_log WHERE entity_type = 'mitigation_activity' ORDER BY id DESC LIMIT 1")
			.query(String.class).single()).isEqualTo("delete");
	}

	@Test
	void aDraftStaysOffThePublicPage() {
		MultiValueMap<String, String> fields = activity("ma-test-draft", "Draft geothermal activity");
		fields.set("publicationStatus", "DRAFT");
		assertThat(RecordForms.post(this.mvc, BASE + "/new", fields)).hasStatus(HttpStatus.FOUND);
		assertThat(titles(BASE + "?status=draft")).contains("Draft geothermal activity");
		assertThat(article62("pe").text()).doesNotContain("Draft geothermal activity");
	}

	private MultiValueMap<String, String> activity(String slug, String title) {
		MultiValueMap<String, String> fields = RecordForms.sourced(slug);
		// the example.org source is a content-health warning: these tests publish anyway, as an editor may
		fields.add("publishAnyway", "true");
		fields.add("approachId", String.valueOf(approachId("ca-ch-pe")));
		fields.add("title", title);
		fields.add("activityTypeCode", "clean_cooking");
		fields.add("authorizedOn", "2024-03-01");
		fields.add("authorizedUse", "NDC");
		fields.add("expectedItmosTco2e", "1500000");
		fields.add("description", "Improved cookstoves for rural households.");
		return fields;
	}

	private long approachId(String slug) {
		return this.jdbc.sql("SELECT id FROM cooperative_approach WHERE slug = ?").param(slug).query(Long.class).single();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM mitigation_activity").query(Long.class).single();
	}

	private java.util.List<String> titles(String uri) {
		return Pages.ok(this.mvc, uri).select("table tbody tr td:first-child a").eachText();
	}

	private org.jsoup.nodes.Element article62(String country) {
		return Pages.ok(this.mvc, "/countries/" + country).getElementById("article-6-2");
	}

}
