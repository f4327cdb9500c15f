package org.a6portal.admin;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Issue 13, bulk actions on admin lists: publish, unpublish and delete the chosen records after a confirmation that
 * lists what will change; each action one entry in recent changes, undone as one unit; bad input refused with a 4xx
 * that says why, nothing written.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class BulkActionsIntegrationTests {

	private static final String APPROACHES = "/admin/cooperative-approaches";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private jakarta.persistence.EntityManager entityManager;

	@Test
	void theListOffersBulkActionsWithABoxPerRecord() {
		Document list = Pages.html(this.mvc.get().uri(APPROACHES).exchange());
		assertThat(list.select("form#bulk-form select[name=action] option").eachAttr("value"))
			.containsExactly("publish", "unpublish", "delete");
		assertThat(list.select("input[type=checkbox][name=id][form=bulk-form]")).isNotEmpty();
	}

	/** Every list of records with a publication status, the tables shown on public pages among them. */
	@ParameterizedTest
	@ValueSource(strings = { "cooperative-approaches", "mitigation-activities", "itmo-transfers", "itmo-events",
			"pacm-activities", "ndc-targets", "ndc-submissions", "sd-statements", "initial-reports", "capacity-building" })
	void everyListOfPublishableRecordsOffersPublishAndUnpublishWithABoxPerRecord(String list) {
		addTransfersAndAMitigationActivity();
		Document page = Pages.html(this.mvc.get().uri("/admin/" + list).exchange());
		assertThat(page.select("form#bulk-form select[name=action] option").eachAttr("value"))
			.as("the bulk actions of /admin/" + list)
			.contains("publish", "unpublish");
		assertThat(page.select("table.data-table tbody tr")).as("the rows of /admin/" + list).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.select("input[type=checkbox][name=id][form=bulk-form]")).hasSize(1));
		assertThat(page.select("table.data-table thead th.bulk-check")).hasSize(1);
	}

	/** A table shown on public pages without a slug-named page of its own: the ITMO transfers. */
	@Test
	void aBulkUnpublishOfItmoTransfersTakesThemOffThePublicSiteAndIsUndone() {
		addTransfersAndAMitigationActivity();
		List<String> ids = this.jdbc.sql("SELECT id::text FROM itmo_transfer WHERE publication_status = 'published' ORDER BY id LIMIT 2")
			.query(String.class).list();
		assertThat(ids).hasSize(2);
		List<String> versions = ids.stream().map((id) -> this.jdbc.sql("SELECT version::text FROM itmo_transfer WHERE id = ?::bigint")
			.param(id).query(String.class).single()).toList();
		MvcTestResult done = this.mvc.post().uri("/admin/itmo-transfers/bulk").with(csrf()).param("action", "unpublish")
			.param("id", ids.toArray(String[]::new)).param("version", versions.toArray(String[]::new)).exchange();
		assertThat(done).hasStatus3xxRedirection();
		assertThat(transferStatuses(ids)).containsOnly("draft");

		this.entityManager.clear();
		assertThat(this.mvc.post().uri("/admin/changes/" + latestBulk() + "/revert").with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(transferStatuses(ids)).containsOnly("published");
	}

	/** The seed has no ITMO transfer and no mitigation activity: two published transfers and one activity of Peru and Switzerland's approach. */
	private void addTransfersAndAMitigationActivity() {
		String approach = id("ca-ch-pe");
		for (int n = 1; n <= 2; n++) {
			this.jdbc.sql("INSERT INTO itmo_transfer (slug, approach_id, from_iso2, to_iso2, transferred_on, quantity_tco2e,"
					+ " publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)"
					+ " VALUES (?, ?::bigint, 'PE', 'CH', DATE '2025-06-01' + ?, 1000 * ?, 'published',"
					+ " 'https://example.org/transfer', 'A registry', DATE '2026-11-01', DATE '2026-11-01')")
				.params("bulk-transfer-" + n, approach, n, n)
				.update();
		}
		this.jdbc.sql("INSERT INTO mitigation_activity (slug, approach_id, title, publication_status, source_url, source_title,"
				+ " source_retrieved_on, last_reviewed_on) VALUES ('bulk-activity', ?::bigint, 'Cookstoves in Cusco', 'published',"
				+ " 'https://example.org/activity', 'An authorisation', DATE '2026-11-01', DATE '2026-11-01')")
			.param(approach)
			.update();
	}

	private List<String> transferStatuses(List<String> ids) {
		return this.jdbc.sql("SELECT publication_status FROM itmo_transfer WHERE id::text IN (:ids)").param("ids", ids)
			.query(String.class).list();
	}

	@Test
	void theConfirmationListsWhatWillChangeAndWritesNothing() {
		MvcTestResult page = this.mvc.get().uri(APPROACHES + "/bulk").param("action", "unpublish")
			.param("id", id("ca-sg-pe"), id("ca-sg-cl")).exchange();
		assertThat(page).hasStatusOk();
		Document confirm = Pages.html(page);
		assertThat(confirm.select("h1").text()).isEqualTo("Unpublish these 2 records?");
		assertThat(confirm.select(".bulk-target").eachText()).hasSize(2)
			.allSatisfy((row) -> assertThat(row).contains("Published", "Stops being public"));
		assertThat(confirm.select("form[method=post] input[name=_csrf]")).isNotEmpty();
		assertThat(status("ca-sg-pe")).isEqualTo("published");
	}

	@Test
	void aBulkUnpublishIsOneEntryInRecentChangesAndIsUndoneAsOneUnit() {
		MvcTestResult done = apply("unpublish", "ca-sg-pe", "ca-sg-cl");
		assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl(APPROACHES + "?status=published");
		assertThat(status("ca-sg-pe")).isEqualTo("draft");
		assertThat(status("ca-sg-cl")).isEqualTo("draft");
		long bulkId = latestBulk();
		assertThat(count("SELECT count(*) FROM change_log WHERE import_id = " + bulkId)).isEqualTo(2);
		Document recent = Pages.html(this.mvc.get().uri("/admin/changes").exchange());
		assertThat(recent.select("#change-" + bulkId + " .history__meta").text()).startsWith("Unpublished")
			.contains("Bulk action");
		assertThat(recent.select("#change-" + bulkId + " button").text())
			.isEqualTo("Undo this bulk action (every record back to its state before)");
		long part = this.jdbc.sql("SELECT min(id) FROM change_log WHERE import_id = ?").param(bulkId).query(Long.class).single();
		assertThat(recent.select("#change-" + part)).as("the records' own changes are filed under it").isEmpty();
		MvcTestResult alone = this.mvc.post().uri("/admin/changes/" + part + "/revert").with(csrf()).exchange();
		assertThat(alone).as("a record's part is not reverted on its own").hasStatus(HttpStatus.CONFLICT);

		this.entityManager.clear();
		assertThat(this.mvc.post().uri("/admin/changes/" + bulkId + "/revert").with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(status("ca-sg-pe")).isEqualTo("published");
		assertThat(status("ca-sg-cl")).isEqualTo("published");
		assertThat(count("SELECT count(*) FROM change_log WHERE reverts_id = " + bulkId + " AND entity_type = 'bulk'"))
			.as("the undoing is one entry").isEqualTo(1);

		MvcTestResult again = this.mvc.post().uri("/admin/changes/" + bulkId + "/revert").with(csrf()).exchange();
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(again).select("[role=alert]").text()).isEqualTo("This bulk action was undone already.");
	}

	@Test
	void aBulkPublishMakesDraftsPublic() {
		this.jdbc.sql("UPDATE cooperative_approach SET publication_status = 'draft' WHERE slug IN ('ca-sg-pe', 'ca-sg-cl')").update();
		this.entityManager.clear();
		assertThat(apply("publish", "ca-sg-pe", "ca-sg-cl")).hasStatus3xxRedirection();
		assertThat(status("ca-sg-pe")).isEqualTo("published");
		assertThat(status("ca-sg-cl")).isEqualTo("published");
		assertThat(this.jdbc.sql("SELECT action FROM change_log WHERE id = ?").param(latestBulk()).query(String.class)
			.single()).isEqualTo("publish");
	}

	@Test
	void aBulkDeleteIsUndoneAsOneUnitEveryRecordBack() {
		String title = title("ca-sg-pe");
		assertThat(apply("delete", "ca-sg-pe", "ca-sg-cl")).hasStatus3xxRedirection();
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug IN ('ca-sg-pe', 'ca-sg-cl')")).isZero();
		long bulkId = latestBulk();
		this.entityManager.clear();
		assertThat(this.mvc.post().uri("/admin/changes/" + bulkId + "/revert").with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(title("ca-sg-pe")).isEqualTo(title);
		assertThat(status("ca-sg-pe")).isEqualTo("published");
		assertThat(status("ca-sg-cl")).isEqualTo("published");
	}

	@Test
	void anUndoneBulkDeleteBringsTheRecordsBackUnderTheirIdsWithTheirHistory() {
		String pe = id("ca-sg-pe");
		String cl = id("ca-sg-cl");
		String parties = this.jdbc.sql("SELECT string_agg(country_iso2 || ':' || role, ',' ORDER BY country_iso2) "
				+ "FROM cooperative_approach_party WHERE approach_id = ?").param(Long.valueOf(pe)).query(String.class).single();
		assertThat(apply("delete", "ca-sg-pe", "ca-sg-cl")).hasStatus3xxRedirection();
		long bulkId = latestBulk();
		this.entityManager.clear();
		assertThat(this.mvc.post().uri("/admin/changes/" + bulkId + "/revert").with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(id("ca-sg-pe")).as("the id it had").isEqualTo(pe);
		assertThat(id("ca-sg-cl")).as("the id it had").isEqualTo(cl);
		assertThat(this.jdbc.sql("SELECT string_agg(country_iso2 || ':' || role, ',' ORDER BY country_iso2) "
				+ "FROM cooperative_approach_party WHERE approach_id = ?").param(Long.valueOf(pe)).query(String.class)
			.single()).isEqualTo(parties);
		Document history = Pages.html(this.mvc.get().uri(APPROACHES + "/" + pe + "/history").exchange());
		assertThat(history.select(".history__meta strong").eachText()).startsWith("Reverted", "Deleted");
		assertThat(this.mvc.get().uri(APPROACHES + "/" + pe + "/edit").exchange()).hasStatusOk();
	}

	@Test
	void aBulkActionWhoseRecordsChangedSinceIsNotUndoneAndSaysWhich() {
		apply("unpublish", "ca-sg-pe", "ca-sg-cl");
		long bulkId = latestBulk();
		this.jdbc.sql("UPDATE cooperative_approach SET title = 'Edited after the bulk action', version = version + 1 "
				+ "WHERE slug = 'ca-sg-cl'").update();
		this.entityManager.clear();
		MvcTestResult refused = this.mvc.post().uri("/admin/changes/" + bulkId + "/revert").with(csrf()).exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(refused).select("[role=alert]").text()).contains("changed after it");
		assertThat(status("ca-sg-pe")).isEqualTo("draft");
	}

	@Test
	void noRecordChosenIsA400ThatSaysSo() {
		MvcTestResult page = this.mvc.get().uri(APPROACHES + "/bulk").param("action", "unpublish").exchange();
		assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(page).select("[role=alert]").text())
			.isEqualTo("Choose at least one record with the boxes in the list, then the action.");
	}

	@Test
	void anUnknownActionOrOneTheKindDoesNotOfferIsA400() {
		assertThat(this.mvc.get().uri(APPROACHES + "/bulk").param("action", "archive").param("id", id("ca-sg-pe"))
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		MvcTestResult post = this.mvc.post().uri(APPROACHES + "/bulk").with(csrf()).param("action", "drop")
			.param("id", id("ca-sg-pe")).param("version", "0").exchange();
		assertThat(post).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(post).select("[role=alert]").text()).startsWith("Choose an action this list offers");
		// sectors have no publication status and are not bulk-edited
		assertThat(this.mvc.get().uri("/admin/sectors/bulk").param("action", "publish").param("id", "1").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(status("ca-sg-pe")).isEqualTo("published");
	}

	@Test
	void anUnknownRecordIsA404() {
		assertThat(this.mvc.get().uri(APPROACHES + "/bulk").param("action", "unpublish").param("id", "99999999", "x")
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aConfirmationWithoutVersionsIsA400AndChangesNothing() {
		MvcTestResult post = this.mvc.post().uri(APPROACHES + "/bulk").with(csrf()).param("action", "unpublish")
			.param("id", id("ca-sg-pe"), id("ca-sg-cl")).param("version", "0").exchange();
		assertThat(post).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(post).select("[role=alert]").text()).startsWith("The confirmation was incomplete");
		assertThat(status("ca-sg-pe")).isEqualTo("published");
	}

	@Test
	void aRecordEditedSinceTheConfirmationIsA409AndNothingIsWritten() {
		String stale = version("ca-sg-cl");
		int bulkEntries = count("SELECT count(*) FROM change_log WHERE entity_type = 'bulk'");
		this.jdbc.sql("UPDATE cooperative_approach SET version = version + 1 WHERE slug = 'ca-sg-cl'").update();
		this.entityManager.clear();
		MvcTestResult post = this.mvc.post().uri(APPROACHES + "/bulk").with(csrf()).param("action", "unpublish")
			.param("id", id("ca-sg-pe"), id("ca-sg-cl")).param("version", version("ca-sg-pe"), stale).exchange();
		assertThat(post).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.html(post);
		assertThat(page.select("[role=alert]").text()).startsWith("Nothing was changed").contains(title("ca-sg-cl"));
		assertThat(page.select("input[name=version]").eachAttr("value")).as("shown again as they are now")
			.containsExactly(version("ca-sg-pe"), version("ca-sg-cl"));
		assertThat(status("ca-sg-pe")).isEqualTo("published");
		assertThat(count("SELECT count(*) FROM change_log WHERE entity_type = 'bulk'")).isEqualTo(bulkEntries);
	}

	@Test
	void publishingARecordThatCannotBePublishedIsRefusedAndNothingIsWritten() {
		this.jdbc.sql("UPDATE cooperative_approach SET publication_status = 'draft', source_url = NULL "
				+ "WHERE slug = 'ca-sg-cl'").update();
		this.jdbc.sql("UPDATE cooperative_approach SET publication_status = 'draft' WHERE slug = 'ca-sg-pe'").update();
		this.entityManager.clear();
		MvcTestResult post = apply("publish", "ca-sg-pe", "ca-sg-cl");
		assertThat(post).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.html(post).select("[role=alert]").text()).contains("cannot be published", title("ca-sg-cl"));
		assertThat(status("ca-sg-pe")).isEqualTo("draft");
	}

	@Test
	void withoutTheCsrfTokenNothingIsApplied() {
		MvcTestResult post = this.mvc.post().uri(APPROACHES + "/bulk").param("action", "unpublish")
			.param("id", id("ca-sg-pe")).param("version", version("ca-sg-pe")).exchange();
		assertThat(post).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(status("ca-sg-pe")).isEqualTo("published");
	}

	/** Confirms the action as the confirmation page posts it (ids and versions), from a list filtered to published. */
	private MvcTestResult apply(String action, String... slugs) {
		List<String> ids = List.of(slugs).stream().map(this::id).toList();
		List<String> versions = List.of(slugs).stream().map(this::version).toList();
		MockMvcRequestBuilder request = this.mvc.post().uri(APPROACHES + "/bulk").with(csrf()).param("action", action)
			.param("status", "published").param("id", ids.toArray(String[]::new))
			.param("version", versions.toArray(String[]::new));
		return request.exchange();
	}

	private long latestBulk() {
		return this.jdbc.sql("SELECT max(id) FROM change_log WHERE entity_type = 'bulk' AND action <> 'revert'")
			.query(Long.class).single();
	}

	private String id(String slug) {
		return this.jdbc.sql("SELECT id::text FROM cooperative_approach WHERE slug = ?").param(slug).query(String.class).single();
	}

	private String version(String slug) {
		return this.jdbc.sql("SELECT version::text FROM cooperative_approach WHERE slug = ?").param(slug)
			.query(String.class).single();
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

}
