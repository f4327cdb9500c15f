package org.a6portal.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * Issue 13, bulk actions in a real browser: an editor ticks two published approaches on the list, unpublishes them
 * after a confirmation that says what stops being public, sees them gone from the public page, and undoes the whole
 * action with one click; the dashboard's work queue in Spanish at a desktop's and a phone's width.
 */
@BrowserTest
class BulkActionsBrowserTests {

	private static final String FIRST = "ca-sg-bt";

	private static final String SECOND = "ca-sg-rw";

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RecordEditing editing;

	private long latestChangeBefore;

	@BeforeEach
	void rememberTheLog() {
		this.latestChangeBefore = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log").query(Long.class).single();
	}

	/** Undoes, through the application, whatever bulk action a test applied and left in place. */
	@AfterEach
	void undoTheTestsBulkActions() {
		this.jdbc.sql("""
				SELECT b.id FROM change_log b WHERE b.entity_type = 'bulk' AND b.action <> 'revert' AND b.id > ?
				AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.reverts_id = b.id) ORDER BY b.id DESC
				""").param(this.latestChangeBefore).query(Long.class).list()
			.forEach((id) -> this.editing.revert(id, "BulkActionsBrowserTests"));
		assertThat(publication(FIRST)).as("what readers see once the test is over").isEqualTo("published");
		assertThat(publication(SECOND)).isEqualTo("published");
	}

	@Test
	void anEditorUnpublishesTwoApproachesAndUndoesItWithOneClick(Page page) {
		signIn(page);
		String firstTitle = title(FIRST);
		String secondTitle = title(SECOND);
		page.navigate(url("/admin/cooperative-approaches?status=published&q=singapore"));
		page.getByLabel("Choose “" + firstTitle + "”").check();
		page.getByLabel("Choose “" + secondTitle + "”").check();
		page.locator("#bulk-action").selectOption("unpublish");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review the change")).click();

		assertThat(page.locator("h1")).hasText("Unpublish these 2 records?");
		assertThat(page.locator(".bulk-target")).hasCount(2);
		assertThat(page.locator(".bulk-target", new Page.LocatorOptions().setHasText(firstTitle)))
			.containsText("Stops being public (becomes a draft)");
		assertThat(publication(FIRST)).as("nothing written before the confirmation").isEqualTo("published");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unpublish 2 records")).click();

		assertThat(page).hasURL(url("/admin/cooperative-approaches?q=singapore&status=published"));
		assertThat(page.locator(".bulk-done")).containsText("2 records unpublished.");
		assertThat(publication(FIRST)).isEqualTo("draft");
		assertThat(publication(SECOND)).isEqualTo("draft");
		Page reader = page.context().browser().newPage();
		reader.navigate(url("/cooperative-approaches/" + FIRST));
		assertThat(reader.getByText(firstTitle)).hasCount(0);
		reader.close();

		page.locator(".bulk-done").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Undo")).click();
		assertThat(page.locator(".notice--ok")).containsText("The change was reverted");
		assertThat(publication(FIRST)).isEqualTo("published");
		assertThat(publication(SECOND)).isEqualTo("published");
		assertThat(this.jdbc.sql("SELECT count(*) FROM change_log WHERE entity_type = 'bulk' AND id > ?")
			.param(this.latestChangeBefore).query(Integer.class).single()).as("the action and its undoing, one entry each")
			.isEqualTo(2);

		reader = page.context().browser().newPage();
		reader.navigate(url("/cooperative-approaches/" + FIRST));
		assertThat(reader.locator("h1")).containsText(firstTitle);
		reader.close();
	}

	/** The dashboard and a list with its bulk actions, in Spanish (screenshots in target/screenshots). */
	@Test
	void theDashboardAndABulkListInSpanishAtDesktopAndPhoneWidths(Page page) throws Exception {
		Browser browser = page.context().browser();
		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		try (BrowserContext spanish = browser.newContext(new Browser.NewContextOptions().setLocale("es-ES")
			.setViewportSize(1366, 900))) {
			Page es = spanish.newPage();
			signIn(es);
			assertThat(es.locator("#queue-drafts")).containsText("Borradores por país");
			assertThat(es.locator("#queue-due")).containsText("Pendientes de revisión");
			es.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve("dashboard-es-1366.png")));
			es.setViewportSize(390, 900);
			es.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve("dashboard-es-390.png")));
			assertThat((Boolean) es.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling on a phone").isTrue();
			es.setViewportSize(1366, 900);
			es.navigate(url("/admin/cooperative-approaches"));
			assertThat(es.locator("label[for=bulk-action]")).hasText("Con los registros elegidos:");
			es.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve("bulk-list-es-1366.png")));
			es.setViewportSize(390, 900);
			es.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve("bulk-list-es-390.png")));
			es.navigate(url("/admin/cooperative-approaches/bulk?action=unpublish&id=" + id(FIRST) + "&id=" + id(SECOND)));
			assertThat(es.locator("h1")).hasText("¿Retirar de la publicación estos 2 registros?");
			es.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve("bulk-confirm-es-390.png")));
		}
	}

	private void signIn(Page page) {
		String email = this.editors.create("editor");
		page.navigate(url("/admin/login"));
		page.locator("input[name=email]").fill(email);
		page.locator("input[name=password]").fill(TestEditors.PASSWORD);
		page.locator("form button[type=submit]").click();
		assertThat(page).hasURL(url("/admin"));
	}

	private String id(String slug) {
		return this.jdbc.sql("SELECT id::text FROM cooperative_approach WHERE slug = ?").param(slug).query(String.class).single();
	}

	private String title(String slug) {
		return this.jdbc.sql("SELECT title FROM cooperative_approach WHERE slug = ?").param(slug).query(String.class).single();
	}

	private String publication(String slug) {
		return this.jdbc.sql("SELECT publication_status FROM cooperative_approach WHERE slug = ?").param(slug)
			.query(String.class).single();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
