package org.a6portal.importer;

import java.nio.charset.StandardCharsets;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * Importing the kinds that got forms with issue 13: mitigation activities, ITMO transfers and events, initial reports
 * and NDC documents. Each file previews its rows (an approach named by its slug, cells read as the seed loader reads
 * them, bad cells named by column), and applying the preview's own form writes them.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class NewKindsImportIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyNewKindIsOfferedOnTheImportPage() {
		Document page = Pages.ok(this.mvc, "/admin/import");
		assertThat(page.select("select#kind option").eachAttr("value")).contains("mitigation-activities", "itmo-transfers",
				"itmo-events", "initial-reports", "ndc-submissions");
	}

	@Test
	void mitigationActivitiesAndTransfersOfAnApproachAreImported() {
		apply("mitigation-activities", """
				id,cooperative_approach_id,title,activity_type,authorized_on,authorized_use,expected_itmos_tco2e,description,source_url,source_title
				ma-import-1,ca-ch-pe,Imported cookstoves,clean_cooking,2024-03-01,ndc,"1,500,000",Rural households,https://example.gov/1,Ministry list
				""");
		assertThat(count("SELECT count(*) FROM mitigation_activity WHERE slug = 'ma-import-1' AND expected_itmos_tco2e = 1500000 "
				+ "AND approach_id = (SELECT id FROM cooperative_approach WHERE slug = 'ca-ch-pe') AND publication_status = 'draft'"))
			.isEqualTo(1);
		apply("itmo-transfers", """
				id,cooperative_approach_id,from_party_iso2,to_party_iso2,transferred_on,quantity_tco2e,vintage,is_first_transfer,source_url,source_title
				it-import-1,ca-ch-gh,GH,CH,2024-01-15,1916,2023,true,https://example.gov/2,Registry
				""");
		assertThat(count("SELECT count(*) FROM itmo_transfer WHERE slug = 'it-import-1' AND is_first_transfer AND vintage = 2023"))
			.isEqualTo(1);
	}

	@Test
	void eventsAreReadAsTheSeedReadsThemAndBadCellsAreNamedByColumn() {
		String header = "id,cooperative_approach_id,host_party_iso2,acquiring_party_iso2,activity_title,event,event_date,"
				+ "event_date_note,volume_tco2e,volume_note,notes,source_url,source_title\n";
		MvcTestResult refused = upload("itmo-events", header
				+ "ev-import-bad,ca-nowhere,PE,CH,,a meeting,2025-01-01,,,,,https://example.gov/3,News\n");
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.html(refused).select(".import-row--error").text()).contains("cooperative_approach_id", "ca-nowhere");
		apply("itmo-events", header
				+ "ev-import-1,ca-ch-pe,PE,CH,Andean cookstoves,first transfer of ITMOs,2025-06-01,,5000,tonnes (ITMOs) transferred,,https://example.gov/4,News\n");
		assertThat(count("SELECT count(*) FROM itmo_event WHERE slug = 'ev-import-1' AND kind = 'transfer' "
				+ "AND volume_meaning = 'transfer' AND volume_tco2e = 5000")).isEqualTo(1);
	}

	@Test
	void initialReportsAndNdcDocumentsAreImported() {
		apply("initial-reports", """
				id,country_iso2,title,submitted_on,review_status,notes,source_url,source_title
				ir-pe-1,PE,Initial report under Article 6.2,2025-04-30,under_review,,https://example.gov/5,UNFCCC
				""");
		assertThat(count("SELECT count(*) FROM initial_report WHERE slug = 'ir-pe-1' AND review_status = 'under_review'"))
			.isEqualTo(1);
		apply("ndc-submissions", """
				country_iso2,label,submitted_on,registry_status,is_current,language,document_url,source_url,source_title
				CL,Chile NDC 3.0 (test import),2025-09-30,Active,false,Spanish,https://unfccc.int/sites/default/files/test-cl.pdf,https://unfccc.int/NDCREG,UNFCCC NDC registry
				""");
		assertThat(count("SELECT count(*) FROM ndc_document WHERE slug LIKE 'ndc-doc-cl-%' AND title = 'Chile NDC 3.0 (test import)' "
				+ "AND registry_status = 'active' AND NOT is_current")).isEqualTo(1);
	}

	/** Previews the file, then submits the preview page's own apply form, as an editor's browser does. */
	private void apply(String kind, String csv) {
		MvcTestResult preview = upload(kind, csv);
		assertThat(preview).hasStatusOk();
		Document page = Pages.html(preview);
		assertThat(page.select(".import-row--add")).hasSize(1);
		Element form = page.selectFirst("form[action=/admin/import/apply]");
		assertThat(form).isNotNull();
		var request = this.mvc.post().uri("/admin/import/apply").multipart().with(csrf());
		for (Element input : form.select("input[name]")) {
			request = request.param(input.attr("name"), input.val());
		}
		assertThat(request.exchange()).hasStatusOk();
	}

	private MvcTestResult upload(String kind, String csv) {
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", kind).with(csrf()).exchange();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
