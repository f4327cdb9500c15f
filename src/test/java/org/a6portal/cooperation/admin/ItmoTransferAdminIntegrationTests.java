package org.a6portal.cooperation.admin;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.a6portal.support.RecordForms;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * The ITMO transfers editor at {@code /admin/itmo-transfers}, through to the Parties' country pages.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ItmoTransferAdminIntegrationTests {

	private static final String BASE = "/admin/itmo-transfers";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aTransferIsShownUnderItsApproachEditedRecordedAndDeleted() {
		MvcTestResult created = RecordForms.post(this.mvc, BASE + "/new", transfer("it-test-pe-ch-1", "250000"));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String editPath = created.getResponse().getRedirectedUrl();
		assertThat(transfersOf("pe")).contains("250,000", "2024");
		assertThat(transfersOf("ch")).contains("250,000");
		Document list = Pages.ok(this.mvc, BASE + "?country=PE");
		assertThat(list.select("table tbody tr").text()).contains("PE → CH", "250,000");
		assertThat(Pages.ok(this.mvc, BASE + "?country=GH").select("table tbody tr").text()).doesNotContain("250,000");
		assertThat(list.select("a[href=/admin/itmo-events]")).hasSize(1);

		Document form = Pages.ok(this.mvc, editPath);
		assertThat(form.select("input#quantityTco2e").val()).isEqualTo("250000");
		assertThat(form.select("select#fromIso2 option[selected]").val()).isEqualTo("PE");
		MultiValueMap<String, String> changed = Pages.formValues(form);
		changed.add("publishAnyway", "true");
		changed.set("quantityTco2e", "260000");
		assertThat(RecordForms.post(this.mvc, editPath, changed)).hasStatus(HttpStatus.FOUND);
		assertThat(transfersOf("pe")).contains("260,000").doesNotContain("250,000");

		MvcTestResult stale = RecordForms.post(this.mvc, editPath, transfer("it-test-pe-ch-1", "1"));
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(stale).select("input#quantityTco2e").val()).isEqualTo("1");

		String base = RecordForms.basePath(editPath);
		Document history = Pages.ok(this.mvc, base + "/history");
		assertThat(history.select(".history__entry")).hasSize(2);
		assertThat(history.select(".history__entry").first().text()).contains("Updated", "Quantity (tCO2e)", "250,000", "260,000");
		MvcTestResult deleted = this.mvc.post().uri(base + "/delete").with(csrf()).param("version", "1").exchange();
		assertThat(deleted).hasStatus(HttpStatus.FOUND).hasHeader("Location", BASE);
		assertThat(transfersOf("pe")).doesNotContain("260,000");
	}

	@Test
	void invalidInputIsRefusedWithMessagesAndEverythingTypedIsKept() {
		MultiValueMap<String, String> fields = transfer("it-test-bad", "0");
		fields.set("toIso2", "PE");
		fields.set("vintage", "1999");
		fields.set("activityId", String.valueOf(Long.MAX_VALUE));
		MvcTestResult result = RecordForms.post(this.mvc, BASE + "/new", fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error").text()).contains("Enter a positive number.", "Enter 2000 or more.",
				"A transfer goes from one Party to another.", "Choose an activity of the chosen cooperative approach.");
		assertThat(page.select("input#quantityTco2e").val()).isEqualTo("0");
		assertThat(page.select("input#vintage").val()).isEqualTo("1999");
		assertThat(page.select("input#slug").val()).isEqualTo("it-test-bad");
		assertThat(this.jdbc.sql("SELECT count(*) FROM itmo_transfer").query(Long.class).single()).isZero();
	}

	@Test
	void aDraftTransferStaysOffThePublicPage() {
		MultiValueMap<String, String> fields = transfer("it-test-draft", "777777");
		fields.set("publicationStatus", "DRAFT");
		assertThat(RecordForms.post(this.mvc, BASE + "/new", fields)).hasStatus(HttpStatus.FOUND);
		assertThat(Pages.ok(this.mvc, BASE + "?status=draft").select("table tbody").text()).contains("777,777");
		assertThat(transfersOf("pe")).doesNotContain("777,777");
	}

	private MultiValueMap<String, String> transfer(String slug, String quantity) {
		MultiValueMap<String, String> fields = RecordForms.sourced(slug);
		// the example.org source is a content-health warning: these tests publish anyway, as an editor may
		fields.add("publishAnyway", "true");
		fields.add("approachId", String.valueOf(this.jdbc.sql("SELECT id FROM cooperative_approach WHERE slug = 'ca-ch-pe'")
			.query(Long.class).single()));
		fields.add("activityId", "");
		fields.add("fromIso2", "PE");
		fields.add("toIso2", "CH");
		fields.add("transferredOn", "2025-02-10");
		fields.add("quantityTco2e", quantity);
		fields.add("vintage", "2024");
		fields.add("firstTransfer", "true");
		return fields;
	}

	private String transfersOf(String country) {
		Element section = Pages.ok(this.mvc, "/countries/" + country).getElementById("article-6-2");
		return section.select("table").text();
	}

}
