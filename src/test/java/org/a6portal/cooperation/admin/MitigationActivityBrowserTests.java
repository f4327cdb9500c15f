package org.a6portal.cooperation.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.a6portal.support.BrowserTest;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor in a real browser adds a mitigation activity to Peru's cooperative approach with Switzerland: a mistyped
 * number is refused with everything else kept, the corrected form is saved, and a reader of Peru's page (served from
 * the rendered-page cache before) sees the activity at once; deleting it takes it off again.
 */
@BrowserTest
class MitigationActivityBrowserTests {

	private static final String SLUG = "ma-browser-test-cookstoves";

	private static final String TITLE = "Andean cookstoves (browser test)";

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private JdbcClient jdbc;

	/** Only if the test failed half-way: its own record must not stay for later tests. */
	@AfterEach
	void removeWhatTheTestLeft() {
		this.jdbc.sql("DELETE FROM mitigation_activity WHERE slug = ?").param(SLUG).update();
	}

	@Test
	void editorAddsAnActivityThatReadersSeeAtOnce(Page page) {
		Page reader = page.context().browser().newPage();
		reader.navigate(url("/countries/pe#article-6-2"));
		assertThat(reader.locator("#article-6-2")).not().containsText(TITLE);

		signIn(page);
		page.navigate(url("/admin/mitigation-activities"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New").setExact(true)).click();
		String approach = this.jdbc.sql("SELECT title FROM cooperative_approach WHERE slug = 'ca-ch-pe'").query(String.class).single();
		page.getByLabel("Cooperative approach").selectOption(new SelectOption().setLabel(approach));
		page.getByLabel("Title").first().fill(TITLE);
		page.getByLabel("Sector / activity type").selectOption("clean_cooking");
		page.getByLabel("Authorised on").fill("2024-03-01");
		page.getByLabel("Expected ITMOs (tCO2e)").fill("one and a half million");
		page.getByLabel("Description").fill("Improved cookstoves for rural households in the Andes.");
		page.locator("#publicationStatus").selectOption("PUBLISHED");
		page.locator("#slug").fill(SLUG);
		page.locator("#sourceUrl").fill("https://www.gob.pe/minam");
		page.locator("#sourceTitle").fill("Ministry of the Environment of Peru");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		assertThat(page.locator(".notice--error")).containsText("Nothing you typed was lost");
		assertThat(page.locator(".field--error")).containsText("Enter a number");
		assertThat(page.getByLabel("Description")).hasValue("Improved cookstoves for rural households in the Andes.");
		assertThat(page.locator("#slug")).hasValue(SLUG);
		assertThat(page.getByLabel("Sector / activity type")).hasValue("clean_cooking");

		page.getByLabel("Expected ITMOs (tCO2e)").fill("1500000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".notice--ok")).hasText("Saved.");

		reader.reload();
		assertThat(reader.locator("#article-6-2")).containsText(TITLE);
		assertThat(reader.locator("#article-6-2")).containsText("Clean cooking");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")).click();
		assertThat(page.locator(".notice--ok")).containsText(TITLE);
		reader.reload();
		assertThat(reader.locator("#article-6-2")).not().containsText(TITLE);
		reader.close();
	}

	private void signIn(Page page) {
		String email = this.editors.create("editor");
		page.navigate(url("/admin/login"));
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(TestEditors.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/admin"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
