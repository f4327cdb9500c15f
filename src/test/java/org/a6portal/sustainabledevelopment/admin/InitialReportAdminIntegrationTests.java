package org.a6portal.sustainabledevelopment.admin;

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
 * The initial reports editor at {@code /admin/initial-reports}, through to the country page and the report's page.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class InitialReportAdminIntegrationTests {

	private static final String BASE = "/admin/initial-reports";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void listShowsTheSeededReports() {
		Document page = Pages.ok(this.mvc, BASE);
		assertThat(page.select("h1").text()).isEqualTo("Initial reports");
		assertThat(page.select("table tbody tr td:first-child").eachText()).contains("GH", "GY");
		assertThat(Pages.ok(this.mvc, BASE + "?country=GH").select("table tbody tr")).hasSize(1);
		assertThat(Pages.ok(this.mvc, BASE + "?q=biennial").select("table tbody tr td:first-child").eachText()).containsExactly("GY");
	}

	@Test
	void aReportIsShownEditedRecordedAndDeleted() {
		MvcTestResult created = RecordForms.post(this.mvc, BASE + "/new", report("ir-pe-test", "Initial report of Peru under Article 6.2"));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String editPath = created.getResponse().getRedirectedUrl();
		assertThat(sd("pe")).contains("Initial report of Peru under Article 6.2", "Under review");
		assertThat(Pages.ok(this.mvc, "/initial-reports/ir-pe-test").select("h1").text())
			.isEqualTo("Initial report of Peru under Article 6.2");

		Document form = Pages.ok(this.mvc, editPath);
		assertThat(form.select("select#reviewStatus option[selected]").val()).isEqualTo("UNDER_REVIEW");
		MultiValueMap<String, String> changed = Pages.formValues(form);
		changed.add("publishAnyway", "true");
		changed.set("reviewStatus", "REVIEW_PUBLISHED");
		assertThat(RecordForms.post(this.mvc, editPath, changed)).hasStatus(HttpStatus.FOUND);
		assertThat(sd("pe")).contains("Review published");

		MvcTestResult stale = RecordForms.post(this.mvc, editPath, report("ir-pe-test", "A title typed by Bob"));
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(stale).select("input#title").val()).isEqualTo("A title typed by Bob");
		String base = RecordForms.basePath(editPath);
		assertThat(Pages.ok(this.mvc, base + "/history").select(".history__entry").first().text()).contains("Updated",
				"Technical expert review");
		assertThat(this.mvc.post().uri(base + "/delete").with(csrf()).param("version", "1")).hasStatus(HttpStatus.FOUND);
		assertThat(sd("pe")).doesNotContain("Initial report of Peru");
		assertThat(this.mvc.get().uri("/initial-reports/ir-pe-test")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void invalidInputIsRefusedWithMessagesAndEverythingTypedIsKept() {
		MultiValueMap<String, String> fields = report("ir-gh-1", "");
		fields.set("submittedOn", "2999-01-01");
		fields.set("notes", "Kept, whatever else fails.");
		MvcTestResult result = RecordForms.post(this.mvc, BASE + "/new", fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error").text()).contains("Please fill in this field.",
				"This date cannot be in the future.");
		assertThat(page.select(".field--error input#slug")).hasSize(1);
		assertThat(page.select("textarea#notes").val()).isEqualTo("Kept, whatever else fails.");
		assertThat(page.select("input#submittedOn").val()).isEqualTo("2999-01-01");
		assertThat(this.jdbc.sql("SELECT count(*) FROM initial_report").query(Long.class).single()).isEqualTo(2);
	}

	private static MultiValueMap<String, String> report(String slug, String title) {
		MultiValueMap<String, String> fields = RecordForms.sourced(slug);
		fields.add("publishAnyway", "true");
		fields.add("countryIso2", "PE");
		fields.add("title", title);
		fields.add("submittedOn", "2025-04-30");
		fields.add("reviewStatus", "UNDER_REVIEW");
		fields.add("notes", "");
		return fields;
	}

	private String sd(String country) {
		return Pages.ok(this.mvc, "/countries/" + country).getElementById("sustainable-development").text();
	}

}
