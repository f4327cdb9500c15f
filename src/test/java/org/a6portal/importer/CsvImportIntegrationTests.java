package org.a6portal.importer;

import java.nio.charset.StandardCharsets;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Importing a ministry's list of agreements: preview, row errors, all-or-nothing apply, one history entry.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class CsvImportIntegrationTests {

	private static final String HEADER = "id,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,"
			+ "itmo_volume_tco2e,notes,source_url,source_title\r\n";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void previewShowsWhatWouldBeAddedAndChangedWithoutWriting() {
		String csv = HEADER
				+ "ca-pe-xx-new,PE,NO,New agreement with Norway,bilateral implementing agreement (Art. 6.2),signed,2026-05-01,,,,https://example.gov/a,Announcement\r\n"
				+ "ca-ch-pe,PE,CH,Implementing Agreement (renamed),bilateral implementing agreement (Art. 6.2),signed,2020-10-20,,,,https://www.admin.ch/x,FOEN\r\n";
		MvcTestResult result = upload(csv);
		assertThat(result).hasStatusOk();
		Document page = Pages.html(result);
		assertThat(page.select(".import-row--add td").eachText()).contains("ca-pe-xx-new");
		assertThat(page.select(".import-row--change").text()).contains("ca-ch-pe", "title", "Implementing Agreement (renamed)");
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-pe-xx-new'")).isZero();
		assertThat(page.select("form[action=/admin/import/apply] input[name=upload]").val()).isNotBlank();
		assertThat(page.select("form[action=/admin/import/apply] input[name=csv]")).as("the file stays on the server").isEmpty();
	}

	@Test
	void rowErrorsAreShownAndNothingCanBeApplied() {
		String csv = HEADER + "ca-ok,PE,NO,Fine,MoU,MoU signed,2026-01-01,,,,https://example.gov/a,A\r\n"
				+ "ca-bad,PE,NO,Bad date,MoU,MoU signed,01/02/2026,,,,https://example.gov/b,B\r\n"
				+ "ca-bad-status,PE,NO,Bad status,MoU,perhaps,,,,,https://example.gov/c,C\r\n";
		MvcTestResult result = upload(csv);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".import-row--error").text()).contains("signed_on", "01/02/2026", "is not a date", "perhaps");
		assertThat(page.select("form[action=/admin/import/apply]")).isEmpty();
		assertThat(page.select("input[name=upload]")).as("nothing kept to apply").isEmpty();
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-ok'")).isZero();
	}

	@Test
	void applyingAddsDraftsWithTheirSourceAsOneHistoryEntry() {
		String csv = HEADER
				+ "ca-pe-no-1,PE,NO,First imported agreement,MoU,MoU signed,2026-03-01,,,,https://example.gov/1,Ministry list\r\n"
				+ "ca-pe-no-2,PE,SE,Second imported agreement,MoU,announced,,,,,https://example.gov/2,Ministry list\r\n";
		MvcTestResult result = apply(uploadNamed("ministry.csv", "cooperative-approaches", csv));
		assertThat(result).hasStatusOk();
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug LIKE 'ca-pe-no-%' AND publication_status = 'draft' "
				+ "AND source_url LIKE 'https://example.gov/%'")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM change_log WHERE entity_type = 'import' AND entity_label = 'ministry.csv'"))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM change_log c JOIN change_log p ON c.import_id = p.id "
				+ "WHERE p.entity_label = 'ministry.csv'")).isEqualTo(2);
		Document recent = Pages.html(this.mvc.get().uri("/admin/changes").exchange());
		assertThat(recent.select(".history__entry").first().text()).contains("Imported", "ministry.csv");
		assertThat(Pages.html(this.mvc.get().uri("/countries/pe").exchange()).text()).doesNotContain("First imported agreement");
	}

	@Test
	void anImportBringsTheSearchIndexAndTheKeptCountsUpToDateOnceAtItsEnd() {
		int approachesBefore = count("SELECT approaches FROM country_count WHERE iso2 = 'PE'");
		String csv = HEADER.replace("\r\n", ",publication_status\r\n")
				+ "ca-pe-no-9,PE,NO,Quinoa terraces agreement,MoU,MoU signed,2026-03-01,,,,https://example.gov/9,Ministry list,published\r\n";
		assertThat(apply(upload(csv))).hasStatusOk();
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-pe-no-9' AND publication_status = 'published'"))
			.isEqualTo(1);
		// the triggers only noted the rows during the import; its end rebuilt the entry and recounted Peru
		assertThat(count("SELECT count(*) FROM search_entry WHERE slug = 'ca-pe-no-9'")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM search_entry_pending")).isZero();
		assertThat(count("SELECT approaches FROM country_count WHERE iso2 = 'PE'")).isEqualTo(approachesBefore + 1);
		assertThat(this.jdbc.sql("SELECT upkeep_deferred()").query(Boolean.class).single()).isFalse();
	}

	@Test
	void aFileWithoutTheExpectedColumnsIsRefusedWithTheirNames() {
		Document page = Pages.html(upload("id,title\r\nx,y\r\n"));
		assertThat(page.select(".notice--error").text()).contains("host_party_iso2", "source_url");
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() {
		MockMultipartFile latin1 = new MockMultipartFile("file", "list.csv", "text/csv",
				(HEADER + "ca-x,PE,NO,Perú,MoU,announced,,,,,https://example.gov,Fuente\r\n").getBytes(StandardCharsets.ISO_8859_1));
		MvcTestResult result = this.mvc.post().uri("/admin/import/preview").multipart().file(latin1)
			.param("kind", "cooperative-approaches").with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).text()).contains("not UTF-8");
	}

	@Test
	void ndcTargetsAreKnownByPartyVersionTypeYearAndCondition() {
		String csv = "host_party_iso2,ndc_version,target_type,target_year,reduction_pct,conditional,base_year,"
				+ "bau_or_base_emissions_mtco2e,net_zero_year,notes,source_url,source_title\r\n"
				+ "PE,NDC 3.0 (2025),base-year,2035,50,false,2010,,2050,,https://example.gov/ndc,NDC 3.0\r\n"
				+ "PE,updated NDC 2020,absolute,2030,40,true,,,2050,Revised note,https://example.gov/ndc,NDC 2020\r\n";
		MvcTestResult result = upload("ndc-targets", csv);
		Document page = Pages.html(result);
		assertThat(page.select(".import-row--add").text()).contains("ndc-pe-2025-base-year-2035-unconditional");
		assertThat(page.select(".import-row--change").text()).contains("ndc-pe-2020-absolute-2030-conditional", "notes");
	}

	@Test
	void pacmRowsWithoutAHostAreErrors() {
		String csv = "id,host_party_iso2,title,activity_type,sector,methodology,status,expected_reductions_tco2e_per_year,"
				+ "unfccc_reference,source_url,source_title\r\n"
				+ "pacm-xx-1,,Cookstoves,CDM transition,household energy (improved cookstoves),,transitioning,,CDM PoA 1,"
				+ "https://example.gov/p,List\r\n";
		MvcTestResult result = upload("pacm-activities", csv);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.html(result).select(".import-row--error").text()).contains("pacm-xx-1", "host_party_iso2")
			.doesNotContain("hostIso2");
	}

	private MvcTestResult uploadNamed(String fileName, String kind, String csv) {
		MockMultipartFile file = new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", kind).with(csrf()).exchange();
	}

	/** Applies a previewed upload, as the preview's form does: by the upload's id. */
	private MvcTestResult apply(MvcTestResult preview) {
		assertThat(preview).hasStatusOk();
		String upload = Pages.html(preview).select("form[action=/admin/import/apply] input[name=upload]").val();
		return this.mvc.post().uri("/admin/import/apply").with(csrf()).param("upload", upload).exchange();
	}

	private MvcTestResult upload(String kind, String csv) {
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", kind).with(csrf()).exchange();
	}

	private MvcTestResult upload(String csv) {
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", "cooperative-approaches")
			.with(csrf()).exchange();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
