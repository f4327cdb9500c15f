package org.a6portal.ndc.admin;

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
 * The NDC documents editor at {@code /admin/ndc-submissions}, through to the "Current NDC" line of the country page.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class NdcDocumentAdminIntegrationTests {

	private static final String BASE = "/admin/ndc-submissions";

	private static final String PERU_CURRENT = "Peru’s Updated Nationally Determined Contribution (NDC 3.0)";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void listShowsTheRegistrysDocumentsWithTheCurrentOneMarked() {
		Document page = Pages.ok(this.mvc, BASE + "?country=PE");
		assertThat(page.select("h1").text()).isEqualTo("NDC documents");
		assertThat(page.select("table tbody tr")).hasSize(3);
		assertThat(page.select("table tbody tr:has(.badge--active:containsOwn(Current)) a").text()).isEqualTo(PERU_CURRENT);
		assertThat(Pages.ok(this.mvc, BASE + "?country=PE&q=archived").select("table tbody tr a").eachText())
			.containsExactly("Peru First NDC (Archived)");
	}

	@Test
	void aCurrentDocumentIsShownOnTheCountryPageEditedRecordedAndDeleted() {
		MvcTestResult created = RecordForms.post(this.mvc, BASE + "/new",
				document("ndc-doc-pe-test-en", "Peru’s NDC 3.0 (English translation)", "https://unfccc.int/sites/default/files/NDC/pe-ndc3-en.pdf"));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String editPath = created.getResponse().getRedirectedUrl();
		Document targets = Pages.ok(this.mvc, "/countries/pe");
		assertThat(targets.getElementById("ndc-doc-pe-test-en").text()).contains("Peru’s NDC 3.0 (English translation)",
				"(in English)");
		assertThat(targets.select(".current-ndc a[href=https://unfccc.int/sites/default/files/NDC/pe-ndc3-en.pdf]")).hasSize(1);

		Document form = Pages.ok(this.mvc, editPath);
		assertThat(form.select("input[type=checkbox][name=current]").hasAttr("checked")).isTrue();
		MultiValueMap<String, String> archived = Pages.formValues(form);
		archived.add("publishAnyway", "true");
		archived.remove("current");
		archived.set("registryStatus", "archived");
		assertThat(RecordForms.post(this.mvc, editPath, archived)).hasStatus(HttpStatus.FOUND);
		assertThat(Pages.ok(this.mvc, "/countries/pe").getElementById("ndc-doc-pe-test-en")).isNull();

		String base = RecordForms.basePath(editPath);
		assertThat(Pages.ok(this.mvc, base + "/history").select(".history__entry").first().text()).contains("Updated",
				"Registry status", "archived");
		assertThat(RecordForms.post(this.mvc, editPath, document("ndc-doc-pe-test-en", "Bob’s title",
				"https://unfccc.int/sites/default/files/NDC/pe-ndc3-en.pdf"))).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.post().uri(base + "/delete").with(csrf()).param("version", "1")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.sql("SELECT count(*) FROM ndc_document WHERE slug = 'ndc-doc-pe-test-en'").query(Long.class).single()).isZero();
	}

	@Test
	void invalidInputIsRefusedWithMessagesAndEverythingTypedIsKept() {
		String peruUrl = this.jdbc.sql("SELECT document_url FROM ndc_document WHERE country_iso2 = 'PE' AND is_current")
			.query(String.class).single();
		MultiValueMap<String, String> fields = document("ndc-doc-pe-test-bad", "A second copy", peruUrl);
		fields.set("registryStatus", "archived");
		fields.set("language", "Klingon");
		MvcTestResult result = RecordForms.post(this.mvc, BASE + "/new", fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error").text()).contains("Only an active document can be the current NDC.",
				"This Party already has a document at this address: “" + PERU_CURRENT + "”.",
				"This value is not in the expected form.");
		assertThat(page.select("input#title").val()).isEqualTo("A second copy");
		assertThat(page.select("input#documentUrl").val()).isEqualTo(peruUrl);
		assertThat(page.select("input[type=checkbox][name=current]").hasAttr("checked")).isTrue();
	}

	private static MultiValueMap<String, String> document(String slug, String title, String url) {
		MultiValueMap<String, String> fields = RecordForms.sourced(slug);
		fields.add("publishAnyway", "true");
		fields.add("countryIso2", "PE");
		fields.add("title", title);
		fields.add("documentUrl", url);
		fields.add("submittedOn", "2025-11-06");
		fields.add("language", "English");
		fields.add("registryStatus", "active");
		fields.add("current", "true");
		return fields;
	}

}
