package org.a6portal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.a6portal.support.BrowserTest;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reverting an older change in a real browser: when a later change set the same field again, the portal shows that
 * later change (field label, values, who) and asks; nothing changes until the editor confirms, and after the revert
 * the editor is back on the record's history. A revert that overwrites nothing later goes straight through.
 */
@BrowserTest
class RevertBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private RecordEditing editing;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	private String id;

	private long aliceChange;

	private long bobChange;

	/** A draft approach (never public): created, retitled by Alice, then retitled again (and noted) by Bob. */
	@BeforeEach
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void aRecordWithAnOlderAndALaterChangeToTheSameField() {
		EditableRecords records = this.editing.kind("cooperative_approach");
		String slug = "revert-browser-" + UUID.randomUUID().toString().substring(0, 8);
		RecordForm form = form(records, slug, "Original title", null);
		Object created = this.editing.create(records, form, "creator@example.org").entity();
		this.id = records.idOf(created);
		this.editing.update(records, this.id, withVersion(form(records, slug, "Title by Alice", null), 0),
				"alice@example.org");
		this.aliceChange = latestChange();
		this.editing.update(records, this.id,
				withVersion(form(records, slug, "Title by Bob", "A note Bob added"), 1), "bob@example.org");
		this.bobChange = latestChange();
	}

	@AfterEach
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void deleteTheRecord() {
		EditableRecords records = this.editing.kind("cooperative_approach");
		records.find(this.id).ifPresent((entity) -> this.editing.delete(records, this.id, records.versionOf(entity),
				"RevertBrowserTests"));
	}

	@Test
	void revertingAnOlderChangeShowsTheLaterChangesItWouldOverwriteAndAsksFirst(Page page) {
		signIn(page);
		page.navigate(url("/admin/cooperative-approaches/" + this.id + "/history"));
		page.locator("#change-" + this.aliceChange)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revert this change"))
			.click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Revert a change to “Title by Alice”?");
		Locator lost = page.locator(".revert-lost");
		assertThat(lost.locator("#change-" + this.bobChange)).containsText("bob@example.org");
		Locator titleRow = lost.locator("tr[data-field=title]");
		assertThat(titleRow.locator("th")).hasText("Title");
		assertThat(titleRow.locator("td").nth(0)).hasText("Title by Alice");
		assertThat(titleRow.locator("td").nth(1)).hasText("Title by Bob");
		assertThat(lost.locator("tr[data-field=notes]")).hasCount(0);
		assertThat(title()).as("nothing is reverted before the editor confirms").isEqualTo("Title by Bob");
		page.setViewportSize(1366, 900);
		screenshot(page, "revert-confirmation-1366.png");
		page.setViewportSize(390, 844);
		screenshot(page, "revert-confirmation-390.png");
		String confirmation = page.url();
		page.navigate(url("/admin/changes/" + this.aliceChange + "/revert?lang=es"));
		assertThat(page.locator(".revert-lost tr[data-field=title] th")).hasText("Título");
		assertThat(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Revertir de todos modos y sobrescribir los cambios posteriores")))
			.isVisible();
		screenshot(page, "revert-confirmation-390-es.png");
		page.setViewportSize(1280, 900);
		page.navigate(url("/admin/changes/" + this.aliceChange + "/revert"));
		assertThat(confirmation).endsWith("/admin/changes/" + this.aliceChange + "/revert");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Revert anyway and overwrite the later changes"))
			.click();
		assertThat(page).hasURL(url("/admin/cooperative-approaches/" + this.id + "/history"));
		assertThat(page.locator(".notice--ok")).containsText("The change was reverted");
		assertThat(title()).isEqualTo("Original title");
		assertThat(notes()).as("Bob's note, a field the reverted change did not touch, stays").isEqualTo("A note Bob added");
	}

	@Test
	void revertingTheLatestChangeOverwritesNothingAndGoesStraightThrough(Page page) {
		signIn(page);
		page.navigate(url("/admin/cooperative-approaches/" + this.id + "/history"));
		page.locator("#change-" + this.bobChange)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revert this change"))
			.click();
		assertThat(page).hasURL(url("/admin/cooperative-approaches/" + this.id + "/history"));
		assertThat(page.locator(".notice--ok")).containsText("The change was reverted");
		assertThat(title()).isEqualTo("Title by Alice");
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(java.nio.file.Path.of("target", "screenshots", name)));
	}

	private void signIn(Page page) {
		String email = this.editors.create("editor");
		page.navigate(url("/admin/login"));
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(TestEditors.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/admin"));
	}

	private String title() {
		return this.jdbc.sql("SELECT title FROM cooperative_approach WHERE id = ?").param(Long.valueOf(this.id))
			.query(String.class).single();
	}

	private String notes() {
		return this.jdbc.sql("SELECT notes FROM cooperative_approach WHERE id = ?").param(Long.valueOf(this.id))
			.query(String.class).single();
	}

	private long latestChange() {
		return this.jdbc.sql("SELECT max(id) FROM change_log WHERE entity_type = 'cooperative_approach' AND entity_id = ?")
			.param(this.id).query(Long.class).single();
	}

	private RecordForm form(EditableRecords<?, ?> records, String slug, String title, String notes) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("slug", slug);
		fields.put("instrument", "IMPLEMENTING_AGREEMENT");
		fields.put("status", "AGREEMENT_SIGNED");
		fields.put("transferringParties", List.of("PE"));
		fields.put("acquiringParties", List.of("JP"));
		fields.put("publicationStatus", "DRAFT");
		fields.put("sourceUrl", "https://www.gob.pe/minam");
		fields.put("sourceTitle", "Ministry of the Environment");
		fields.put("notes", notes);
		return this.json.convertValue(fields, records.formType());
	}

	private static RecordForm withVersion(RecordForm form, long version) {
		form.setVersion(version);
		return form;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
