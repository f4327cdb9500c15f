package org.a6portal.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.a6portal.admin.RecordEditing;
import org.a6portal.support.BrowserTest;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defects 1 and 2 in a real browser: an editor imports a file that changes a published approach and adds
 * one; the preview says per row what stays public and what does not, the published approach stays on the public
 * page; the editor undoes the import from Recent changes, and every record is back as it was.
 */
@BrowserTest
class ImportBrowserTests {

	private static final String SLUG = "ca-ch-ma";

	private static final String HEADER = "id,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,"
			+ "itmo_volume_tco2e,notes,source_url,source_title\n";

	private static final String CHANGED = SLUG + ",MA,CH,Morocco–Switzerland agreement (title from the ministry list),"
			+ "implementing_agreement,agreement_signed,2020-11-23,,,,https://example.gov/ma,Ministry list\n";

	private static final String ADDED = "ca-ma-no-browser,MA,NO,Morocco–Norway memorandum (browser test),MoU,MoU signed,,,,,"
			+ "https://example.gov/no,Ministry list\n";

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RecordEditing editing;

	private String titleBefore;

	private long latestChangeBefore;

	@BeforeEach
	void rememberTheApproach() {
		this.titleBefore = title();
		this.latestChangeBefore = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log").query(Long.class).single();
	}

	/** Undoes, through the application, whatever import a test applied and left in place. */
	@AfterEach
	void undoTheTestsImports() {
		this.jdbc.sql("""
				SELECT i.id FROM change_log i WHERE i.entity_type = 'import' AND i.action = 'import' AND i.id > ?
				AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.reverts_id = i.id) ORDER BY i.id DESC
				""").param(this.latestChangeBefore).query(Long.class).list()
			.forEach((id) -> this.editing.revert(id, "ImportBrowserTests"));
		assertThat(title()).as("what readers see once the test is over").isEqualTo(this.titleBefore);
	}

	@Test
	void anImportKeepsAPublishedApproachPublicAndThePreviewSaysWhatBecomesPublic(Page page) {
		signIn(page);
		preview(page, HEADER + CHANGED + ADDED, "keep");
		assertThat(page.locator(".import-row--change", new Page.LocatorOptions().setHasText(SLUG)))
			.containsText("Stays public");
		assertThat(page.locator(".import-row--add", new Page.LocatorOptions().setHasText("ca-ma-no-browser")))
			.containsText("Not public (draft)");
		assertThat(page.locator(".import-publication"))
			.hasText("On the public site: 0 would become public, 0 would stop being public, 1 stay public.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the import")).click();
		assertThat(page.locator("#preview-heading")).containsText("Imported.");

		Page reader = page.context().browser().newPage();
		reader.navigate(url("/countries/ma#article-6-2"));
		assertThat(reader.locator("#" + SLUG)).containsText("Morocco–Switzerland agreement (title from the ministry list)");
		assertThat(reader.getByText("Morocco–Norway memorandum (browser test)")).hasCount(0);
		reader.close();
		assertThat(publication(SLUG)).isEqualTo("published");
		assertThat(publication("ca-ma-no-browser")).isEqualTo("draft");
	}

	@Test
	void anEditorUndoesAnImportAsOneUnitFromRecentChanges(Page page) {
		signIn(page);
		preview(page, HEADER + CHANGED + ADDED, "keep");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the import")).click();
		assertThat(page.locator("#preview-heading")).containsText("Imported.");
		long importId = this.jdbc.sql("SELECT max(id) FROM change_log WHERE entity_type = 'import' AND action = 'import'")
			.query(Long.class).single();

		// a record's own history offers no revert of its part in the import
		String id = this.jdbc.sql("SELECT id::text FROM cooperative_approach WHERE slug = ?").param(SLUG).query(String.class).single();
		page.navigate(url("/admin/cooperative-approaches/" + id + "/history"));
		assertThat(page.locator(".history__entry").first()).containsText("Imported");
		assertThat(page.locator(".history__entry").first().getByRole(AriaRole.BUTTON)).hasCount(0);

		page.navigate(url("/admin/changes"));
		Locator entry = page.locator("#change-" + importId);
		assertThat(entry).containsText("list-ma.csv");
		entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo this import (every record back to its state before)"))
			.click();
		assertThat(page.locator(".notice--ok")).containsText("The change was reverted");
		assertThat(title()).isEqualTo(this.titleBefore);
		assertThat(publication(SLUG)).isEqualTo("published");
		assertThat(this.jdbc.sql("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-ma-no-browser'").query(Integer.class)
			.single()).isZero();

		page.navigate(url("/admin/changes"));
		page.locator("#change-" + importId).getByRole(AriaRole.BUTTON).click();
		assertThat(page.locator("[role=alert]")).hasText("This import was undone already.");

		Page reader = page.context().browser().newPage();
		reader.navigate(url("/countries/ma#article-6-2"));
		assertThat(reader.locator("#" + SLUG)).containsText(this.titleBefore);
		reader.close();
	}

	/** The preview in Spanish, at a desktop's and a phone's width (screenshots in target/screenshots). */
	@Test
	void thePreviewInSpanishAtDesktopAndPhoneWidths(Page page) throws Exception {
		Browser browser = page.context().browser();
		try (BrowserContext spanish = browser.newContext(new Browser.NewContextOptions().setLocale("es-ES")
			.setViewportSize(1366, 900))) {
			Page es = spanish.newPage();
			signIn(es);
			String header = HEADER.replace("source_title\n", "source_title,publication_status\n").replace(',', ';');
			preview(es, header + CHANGED.replace(',', ';').replace("\n", ";draft\n") + ADDED.replace(',', ';').replace("\n", ";\n")
					+ "ca-gh-xx;XX;GH;;MoU;quizás;23/11/2020;;;;https://example.gov/x;Lista;\n", "keep");
			assertThat(es.locator(".import-row--change")).containsText("Deja de ser público (pasa a borrador)");
			assertThat(es.locator(".import-row--add")).containsText("No público (borrador)");
			assertThat(es.locator(".import-row--error")).containsText("host_party_iso2: “XX” no es un código de país");
			assertThat(es.locator(".import-row--error")).containsText("status: “quizás” no es un valor admitido");
			assertThat(es.locator(".import-row--error")).containsText("signed_on:");
			assertThat(es.locator(".import-publication")).containsText("1 dejarían de serlo");
			Path screenshots = Path.of("target", "screenshots");
			Files.createDirectories(screenshots);
			es.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve("import-preview-es-1366.png")));
			es.setViewportSize(390, 900);
			es.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve("import-preview-es-390.png")));
			assertThat((Boolean) es.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling on a phone").isTrue();
		}
	}

	private void preview(Page page, String csv, String publication) {
		page.navigate(url("/admin/import"));
		page.locator("#kind").selectOption("cooperative-approaches");
		page.locator("#file").setInputFiles(new FilePayload("list-ma.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.locator("#publication").selectOption(publication);
		page.locator("form[action='/admin/import/preview'] button[type=submit]").click();
		assertThat(page.locator("#preview-heading")).isVisible();
	}

	private void signIn(Page page) {
		String email = this.editors.create("editor");
		page.navigate(url("/admin/login"));
		page.locator("input[name=email]").fill(email);
		page.locator("input[name=password]").fill(TestEditors.PASSWORD);
		page.locator("form button[type=submit]").click();
		assertThat(page).hasURL(url("/admin"));
	}

	private String title() {
		return this.jdbc.sql("SELECT title FROM cooperative_approach WHERE slug = ?").param(SLUG).query(String.class).single();
	}

	private String publication(String slug) {
		return this.jdbc.sql("SELECT publication_status FROM cooperative_approach WHERE slug = ?").param(slug)
			.query(String.class).single();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
