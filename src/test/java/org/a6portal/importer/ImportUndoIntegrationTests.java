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
 * Issue 13, defects 1 and 2 on the server: an import keeps each record's publication unless told otherwise and says
 * so per row; it is undone as one unit; the server refuses any revert the interface does not offer.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ImportUndoIntegrationTests {

	private static final String HEADER = "id,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,"
			+ "itmo_volume_tco2e,notes,source_url,source_title\r\n";

	private static final String CHANGED_CH_PE = "ca-ch-pe,PE,CH,Implementing Agreement (renamed by the ministry),"
			+ "implementing_agreement,agreement_signed,2020-10-20,,,,https://www.admin.ch/x,FOEN\r\n";

	private static final String NEW_ROW = "ca-pe-no-new,PE,NO,A new agreement with Norway,MoU,MoU signed,,,,,"
			+ "https://example.gov/n,Ministry list\r\n";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private jakarta.persistence.EntityManager entityManager;

	@Test
	void anImportKeepsAPublishedRecordPublicAndThePreviewSaysSo() {
		assertThat(status("ca-ch-pe")).isEqualTo("published");
		MvcTestResult preview = upload(HEADER + CHANGED_CH_PE + NEW_ROW, "keep");
		Document page = Pages.html(preview);
		assertThat(page.select(".import-row--change").text()).contains("ca-ch-pe", "Stays public");
		assertThat(page.select(".import-row--add").text()).contains("ca-pe-no-new", "Not public (draft)");
		assertThat(page.select(".import-publication").text()).contains("0 would become public, 0 would stop being public, 1 stay public");
		apply(preview);
		assertThat(status("ca-ch-pe")).isEqualTo("published");
		assertThat(status("ca-pe-no-new")).isEqualTo("draft");
		assertThat(Pages.html(this.mvc.get().uri("/countries/pe").exchange()).text())
			.contains("Implementing Agreement (renamed by the ministry)");
	}

	@Test
	void theFilesColumnOrTheEditorsChoiceMayWithdrawOrPublishAndThePreviewSaysWhich() {
		String header = HEADER.replace("source_title\r\n", "source_title,publication_status\r\n");
		Document byColumn = Pages.html(upload(header + CHANGED_CH_PE.replace("\r\n", ",draft\r\n")
				+ NEW_ROW.replace("\r\n", ",published\r\n"), "keep"));
		assertThat(byColumn.select(".import-row--change").text()).contains("Stops being public (becomes a draft)");
		assertThat(byColumn.select(".import-row--add").text()).contains("Becomes public");
		assertThat(byColumn.select(".import-publication").text()).contains("1 would become public, 1 would stop being public");

		Document byChoice = Pages.html(upload(HEADER + CHANGED_CH_PE, "draft"));
		assertThat(byChoice.select(".import-row--change").text()).contains("Stops being public");
		apply(upload(HEADER + CHANGED_CH_PE, "draft"));
		assertThat(status("ca-ch-pe")).isEqualTo("draft");
	}

	@Test
	void anImportIsUndoneAsOneUnitEveryRecordBackToItsStateBefore() {
		String titleBefore = title("ca-ch-pe");
		apply(upload(HEADER + CHANGED_CH_PE + NEW_ROW, "keep"));
		long importId = latestImport();
		Document recent = Pages.html(this.mvc.get().uri("/admin/changes").exchange());
		assertThat(recent.select("#change-" + importId + " button").text())
			.isEqualTo("Undo this import (every record back to its state before)");

		MvcTestResult undone = this.mvc.post().uri("/admin/changes/" + importId + "/revert").with(csrf()).exchange();
		assertThat(undone).hasStatus3xxRedirection();
		assertThat(title("ca-ch-pe")).isEqualTo(titleBefore);
		assertThat(status("ca-ch-pe")).isEqualTo("published");
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-pe-no-new'")).isZero();
		assertThat(count("SELECT count(*) FROM change_log WHERE reverts_id = " + importId + " AND entity_type = 'import'"))
			.as("the undoing is one entry").isEqualTo(1);

		MvcTestResult again = this.mvc.post().uri("/admin/changes/" + importId + "/revert").with(csrf()).exchange();
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(again).select("[role=alert]").text()).isEqualTo("This import was undone already.");
	}

	@Test
	void aRecordsPartInAnImportIsNotRevertedOnItsOwnAndTheRecordIsNotDeleted() {
		apply(upload(HEADER + CHANGED_CH_PE, "keep"));
		long part = this.jdbc.sql("SELECT id FROM change_log WHERE import_id = ? ORDER BY id").param(latestImport())
			.query(Long.class).single();
		MvcTestResult refused = this.mvc.post().uri("/admin/changes/" + part + "/revert").with(csrf()).exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(refused).select("[role=alert]").text()).contains("cannot be reverted on its own");
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-ch-pe'")).isEqualTo(1);
		assertThat(title("ca-ch-pe")).isEqualTo("Implementing Agreement (renamed by the ministry)");
	}

	@Test
	void anImportWhoseRecordsChangedSinceIsNotUndoneAndSaysWhich() {
		apply(upload(HEADER + CHANGED_CH_PE, "keep"));
		long importId = latestImport();
		// an editor's later save (its version moves on)
		this.jdbc.sql("UPDATE cooperative_approach SET title = 'Edited after the import', version = version + 1 "
				+ "WHERE slug = 'ca-ch-pe'").update();
		// as a later request would see it, not from this test transaction's persistence context
		this.entityManager.clear();
		MvcTestResult refused = this.mvc.post().uri("/admin/changes/" + importId + "/revert").with(csrf()).exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(refused).select("[role=alert]").text()).contains("changed after it", "Implementing Agreement (renamed by the ministry)");
		assertThat(title("ca-ch-pe")).isEqualTo("Edited after the import");
	}

	@Test
	void recordsAnUndoneImportCreatedComeBackUnderTheirIdsWithTheirHistoryWhenImportedAgain() {
		apply(upload(HEADER + NEW_ROW, "keep"));
		String id = id("ca-pe-no-new");
		assertThat(this.mvc.post().uri("/admin/changes/" + latestImport() + "/revert").with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-pe-no-new'")).isZero();
		this.entityManager.clear();

		apply(upload(HEADER + NEW_ROW, "keep"));
		assertThat(id("ca-pe-no-new")).as("the id it had").isEqualTo(id);
		assertThat(this.jdbc.sql("SELECT string_agg(country_iso2 || ':' || role, ',' ORDER BY role) "
				+ "FROM cooperative_approach_party WHERE approach_id = ?").param(Long.valueOf(id)).query(String.class)
			.single()).isEqualTo("NO:acquiring,PE:transferring");
		assertThat(this.jdbc.sql("SELECT action FROM change_log WHERE entity_type = 'cooperative_approach' "
				+ "AND entity_id = ? ORDER BY id").param(id).query(String.class).list())
			.as("created, deleted by the undo, created again: one history").containsExactly("import", "revert", "import");
		Document history = Pages.html(this.mvc.get().uri("/admin/cooperative-approaches/" + id + "/history").exchange());
		assertThat(history.select(".history__entry")).hasSize(3);
	}

	private String id(String slug) {
		return this.jdbc.sql("SELECT id::text FROM cooperative_approach WHERE slug = ?").param(slug)
			.query(String.class).single();
	}

	private long latestImport() {
		return this.jdbc.sql("SELECT max(id) FROM change_log WHERE entity_type = 'import' AND action = 'import'")
			.query(Long.class).single();
	}

	private String status(String slug) {
		return this.jdbc.sql("SELECT publication_status FROM cooperative_approach WHERE slug = ?").param(slug)
			.query(String.class).single();
	}

	private String title(String slug) {
		return this.jdbc.sql("SELECT title FROM cooperative_approach WHERE slug = ?").param(slug).query(String.class).single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private void apply(MvcTestResult preview) {
		assertThat(preview).hasStatusOk();
		String upload = Pages.html(preview).select("form[action=/admin/import/apply] input[name=upload]").val();
		assertThat(this.mvc.post().uri("/admin/import/apply").with(csrf()).param("upload", upload).exchange()).hasStatusOk();
	}

	private MvcTestResult upload(String csv, String publication) {
		MockMultipartFile file = new MockMultipartFile("file", "ministry.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", "cooperative-approaches")
			.param("publication", publication).with(csrf()).exchange();
	}

}
