package org.a6portal.importer;

import java.nio.charset.StandardCharsets;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Files the import cannot take say why on the import page, in the editor's language: malformed CSV by its line,
 * a control character by its row and column, before anything is applied.
 */
@IntegrationTest
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ImportBadInputIntegrationTests {

	private static final String HEADER = "id,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,"
			+ "itmo_volume_tco2e,notes,source_url,source_title\r\n";

	private static final String GOOD_ROW = "ca-pe-ok,PE,NO,Fine,MoU,MoU signed,2026-01-01,,,,https://example.gov/a,A\r\n";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void unbalancedQuotesAreNamedByTheirLineNotByTheParsersException() {
		MvcTestResult result = upload(HEADER + GOOD_ROW + "ca-pe-quote,PE,NO,\"Unclosed title,MoU,MoU signed,,,,,https://example.gov/b,B\r\n"
				+ GOOD_ROW.replace("ca-pe-ok", "ca-pe-after"), "en");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select("#preview-heading + ul.notice--error").text())
			.isEqualTo("The file is not valid CSV near line 3: check that every quoted cell has its closing quote (\").");
		assertThat(page.text()).doesNotContain("CSVException").doesNotContain("org.apache").doesNotContain("IOException");
		assertThat(page.select("form[action=/admin/import/apply]")).isEmpty();

		Document spanish = Pages.html(upload(HEADER + "\"ca-pe-quote,PE\r\n", "es"));
		assertThat(spanish.select("#preview-heading + ul.notice--error").text())
			.startsWith("El archivo no es un CSV válido cerca de la línea 2");
	}

	@Test
	void aControlCharacterInACellIsARowErrorOfThePreview() {
		MvcTestResult result = upload(HEADER + GOOD_ROW
				+ "ca-pe-nul,PE,NO,Bad\u0000title,MoU,MoU signed,2026-01-01,,,,https://example.gov/b,B\r\n"
				+ "ca-pe-rtl,PE,NO,Fine,MoU,MoU signed,2026-01-01,,,\u202Esdrawkcab,https://example.gov/c,C\r\n", "en");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".import-row--error")).hasSize(2);
		assertThat(page.select(".import-row--error").first().text()).contains("ca-pe-nul",
				"title: contains an invisible control character or text-direction override (U+0000)");
		assertThat(page.select(".import-row--error").last().text()).contains("ca-pe-rtl", "notes:", "(U+202E)");
		assertThat(page.select("form[action=/admin/import/apply]")).isEmpty();
		assertThat(page.html()).doesNotContain("\u0000").doesNotContain("\u202E");
	}

	@Test
	void theApplyFormCarriesOnlyTheKeptUploadsIdNotTheFile() {
		Document page = Pages.html(upload(HEADER + GOOD_ROW, "en"));
		assertThat(page.select("form[action=/admin/import/apply] input[type=hidden]").eachAttr("name"))
			.containsExactlyInAnyOrder("upload", "_csrf");
	}

	private MvcTestResult upload(String csv, String language) {
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", "cooperative-approaches")
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.with(csrf())
			.exchange();
	}

}
