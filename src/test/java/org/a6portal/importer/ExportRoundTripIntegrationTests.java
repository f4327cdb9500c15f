package org.a6portal.importer;

import java.nio.charset.StandardCharsets;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Export from every importable admin list, in the import's own columns, drafts included: the file imported back
 * unchanged changes nothing.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ExportRoundTripIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "cooperative-approaches", "pacm-activities", "ndc-targets", "capacity-building" })
	void anExportImportedBackUnchangedChangesNothing(String kind) {
		MvcTestResult export = this.mvc.get().uri("/admin/" + kind + "/export.csv").exchange();
		assertThat(export).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(export.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"" + kind + "-");
		byte[] file = export.getResponse().getContentAsByteArray();
		MvcTestResult preview = upload(kind, file);
		assertThat(preview).hasStatusOk();
		Document page = Pages.html(preview);
		assertThat(page.select(".import-row--unchanged")).isNotEmpty();
		assertThat(page.select(".import-row--add, .import-row--change, .import-row--error").eachText()).isEmpty();
		assertThat(page.select(".import-publication").text()).contains("0 would become public, 0 would stop being public");
	}

	@Test
	void theExportHoldsDraftsAndItsCellsAreSafeForSpreadsheets() throws Exception {
		this.jdbc.sql("UPDATE cooperative_approach SET publication_status = 'draft', notes = '=HYPERLINK(\"x\")' WHERE slug = 'ca-ch-gh'")
			.update();
		String csv = this.mvc.get().uri("/admin/cooperative-approaches/export.csv").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFid,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,"
				+ "itmo_volume_tco2e,notes,source_url,source_title,publication_status,source_retrieved_on,last_reviewed_on\r\n");
		assertThat(csv.lines().filter((line) -> line.startsWith("ca-ch-gh,"))).singleElement()
			.satisfies((line) -> assertThat(line).contains(",\"'=HYPERLINK(\"\"x\"\")\",", ",draft,"));
		assertThat(Pages.html(upload("cooperative-approaches", csv.getBytes(StandardCharsets.UTF_8)))
			.select(".import-row--change, .import-row--error")).isEmpty();
	}

	@Test
	void everyImportableListLinksItsExportAndOtherKindsHaveNone() {
		Document list = Pages.html(this.mvc.get().uri("/admin/pacm-activities").exchange());
		assertThat(list.select("a[href=/admin/pacm-activities/export.csv]").text()).startsWith("Export as CSV");
		assertThat(this.mvc.get().uri("/admin/no-such-kind/export.csv").exchange()).hasStatus4xxClientError();
	}

	private MvcTestResult upload(String kind, byte[] csv) {
		MockMultipartFile file = new MockMultipartFile("file", kind + ".csv", "text/csv", csv);
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", kind).with(csrf()).exchange();
	}

}
