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
	@ValueSource(strings = { "cooperative-approaches", "pacm-activities", "ndc-targets", "capacity-building",
			"mitigation-activities", "itmo-transfers", "itmo-events", "initial-reports", "ndc-submissions" })
	void anExportImportedBackUnchangedChangesNothing(String kind) {
		// the seed has no mitigation activity nor ITMO transfer: one draft of each (rolled back with the test)
		this.jdbc.sql("""
				INSERT INTO mitigation_activity (slug, approach_id, title, activity_type_code, authorized_on, authorized_use,
				  expected_itmos_tco2e, description, source_url, source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'ma-round-trip', id, 'Round trip, solar', 'off_grid_solar', DATE '2025-03-01', 'ndc_and_oimp', 1500000,
				  'An activity, with a comma', 'https://example.org/a', 'A source', DATE '2026-11-30', DATE '2026-11-30'
				FROM cooperative_approach WHERE slug = 'ca-ch-gh'
				""").update();
		this.jdbc.sql("""
				INSERT INTO itmo_transfer (slug, approach_id, from_iso2, to_iso2, transferred_on, quantity_tco2e, vintage,
				  is_first_transfer, source_url, source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'it-round-trip', id, 'GH', 'CH', DATE '2025-06-01', 1000, 2024, true, 'https://example.org/t',
				  'A source', DATE '2026-11-30', DATE '2026-11-30'
				FROM cooperative_approach WHERE slug = 'ca-ch-gh'
				""").update();
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
