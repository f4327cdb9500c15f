package org.a6portal.importer;

import java.nio.charset.StandardCharsets;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
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
 * Issue 13, defect 4: every cell of every row is checked against the reference data before the preview, every
 * problem of a row is reported, in the file's own column names, and files separated by semicolons are read.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ImportValidationIntegrationTests {

	private static final String HEADER = "id,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,"
			+ "itmo_volume_tco2e,notes,source_url,source_title\r\n";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anUnknownCountryCodeIsARowErrorOfThePreviewNotAFailedApply() {
		MvcTestResult result = upload(HEADER + "ca-xx-no,XX,NO,Agreement with nowhere,MoU,MoU signed,2026-01-01,,,,"
				+ "https://example.gov/a,A\r\n", "en");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".import-row--error").text()).contains("ca-xx-no",
				"host_party_iso2: “XX” is not a country code the portal knows");
		assertThat(page.select(".import-row--add")).isEmpty();
		assertThat(page.select("form[action=/admin/import/apply]")).isEmpty();
	}

	@Test
	void everyBadCellOfARowIsReportedByItsColumnAndAnUnknownStatusListsTheAllowedValues() {
		MvcTestResult result = upload(HEADER + "ca-pe-bad,PE,PE;ZZ,,MoU,perhaps,01/02/2026,,lots,,ftp://example.gov,A\r\n",
				"en");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".import-row--error li").eachText()).contains(
				"acquiring_party_iso2: “ZZ” is not a country code the portal knows (two letters, ISO 3166, e.g. PE)",
				"status: “perhaps” is not an allowed value; allowed: under_discussion, mou_signed, agreement_signed, "
						+ "in_force, authorized, first_transfer, announced, MoU signed, signed, established, in force",
				"signed_on: “01/02/2026” is not a date (year-month-day, e.g. 2025-04-01)",
				"itmo_volume_tco2e: “lots” is not a number");
		assertThat(page.select(".import-row--error li").eachText()).anySatisfy((error) -> assertThat(error).startsWith("title: "))
			.anySatisfy((error) -> assertThat(error).startsWith("source_url: "));
		assertThat(page.select(".import-row--error").text()).doesNotContain("acquiringParties", "signedOn", "sourceUrl",
				"itmoVolumeTco2e");
	}

	@Test
	void aPartyInBothRolesIsNamedByTheFilesColumnInTheEditorsLanguage() {
		Document page = Pages.html(upload(HEADER + "ca-pe-both,PE,PE,Both roles,MoU,MoU signed,,,,,https://example.gov/a,A\r\n",
				"es"));
		assertThat(page.select(".import-row--error").text()).contains("acquiring_party_iso2: ").doesNotContain("acquiringParties");
		Document allowed = Pages.html(upload(HEADER + "ca-pe-x,PE,NO,X,MoU,quizás,,,,,https://example.gov/a,A\r\n", "es"));
		assertThat(allowed.select(".import-row--error").text()).contains("status: “quizás” no es un valor admitido; valores admitidos: under_discussion");
	}

	@Test
	void aFileSeparatedBySemicolonsWithDecimalCommasIsRead() {
		String csv = HEADER.replace(',', ';')
				+ "ca-pe-semicolon;PE;\"NO;SE\";Acuerdo con Noruega y Suecia;MoU;MoU signed;2026-03-01;energía;1.500.000;"
				+ "Nota, con coma;https://example.gov/a;Lista del ministerio\r\n";
		MvcTestResult preview = upload(csv, "es");
		assertThat(preview).hasStatusOk();
		assertThat(Pages.html(preview).select(".import-row--add").text()).contains("ca-pe-semicolon");
		apply(preview);
		assertThat(this.jdbc.sql("SELECT itmo_volume_tco2e::text || ' ' || notes FROM cooperative_approach WHERE slug = 'ca-pe-semicolon'")
			.query(String.class).single()).isEqualTo("1500000 Nota, con coma");
		assertThat(this.jdbc.sql("""
				SELECT string_agg(p.country_iso2 || ':' || p.role, ' ' ORDER BY p.country_iso2) FROM cooperative_approach_party p
				JOIN cooperative_approach a ON a.id = p.approach_id WHERE a.slug = 'ca-pe-semicolon'
				""").query(String.class).single()).isEqualTo("NO:acquiring PE:transferring SE:acquiring");
	}

	@Test
	void ndcPercentagesWithADecimalCommaAreReadInASemicolonFile() {
		String csv = "host_party_iso2;ndc_version;target_type;target_year;reduction_pct;conditional;base_year;"
				+ "bau_or_base_emissions_mtco2e;net_zero_year;notes;source_url;source_title\r\n"
				+ "PE;NDC 3.0 (2025);base-year;2035;12,5;false;2010;;;;https://example.gov/ndc;NDC 3.0\r\n";
		MvcTestResult preview = upload("ndc-targets", csv, "fr");
		assertThat(preview).hasStatusOk();
		apply(preview);
		assertThat(this.jdbc.sql("SELECT reduction_pct::text FROM ndc_target WHERE slug = 'ndc-pe-2025-base-year-2035-unconditional'")
			.query(String.class).single()).isEqualTo("12.50");
	}

	@Test
	void anUploadIsAppliedOnceAndOnlyByItsEditor() {
		MvcTestResult preview = upload(HEADER + "ca-pe-once,PE,NO,Once,MoU,MoU signed,,,,,https://example.gov/a,A\r\n", "en");
		String upload = Pages.html(preview).select("form[action=/admin/import/apply] input[name=upload]").val();
		MvcTestResult someoneElse = this.mvc.post().uri("/admin/import/apply").with(csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("other@example.org")
				.roles("EDITOR"))
			.param("upload", upload).exchange();
		assertThat(someoneElse).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.post().uri("/admin/import/apply").with(csrf()).param("upload", upload).exchange()).hasStatusOk();
		MvcTestResult again = this.mvc.post().uri("/admin/import/apply").with(csrf()).param("upload", upload).exchange();
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(again).select("[role=alert]").text()).contains("applied already");
		assertThat(this.mvc.post().uri("/admin/import/apply").with(csrf()).param("upload", "not-an-id").exchange())
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.jdbc.sql("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-pe-once'").query(Integer.class).single())
			.isEqualTo(1);
	}

	private void apply(MvcTestResult preview) {
		String upload = Pages.html(preview).select("form[action=/admin/import/apply] input[name=upload]").val();
		assertThat(this.mvc.post().uri("/admin/import/apply").with(csrf()).param("upload", upload).exchange()).hasStatusOk();
	}

	private MvcTestResult upload(String csv, String language) {
		return upload("cooperative-approaches", csv, language);
	}

	private MvcTestResult upload(String kind, String csv, String language) {
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", kind)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.with(csrf())
			.exchange();
	}

}
