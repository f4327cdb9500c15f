package org.a6portal.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.a6portal.support.BrowserTest;
import org.a6portal.support.TestEditors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in a real browser: signs in, edits Peru's NDC target from the public page, keeps it as a draft, publishes
 * it, and sees the new value and the new "Last updated" on the public page.
 */
@BrowserTest
class EditorBrowserTests {

	private static final String TARGET = "ndc-pe-2020-absolute-2030-conditional";

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
	void rememberTheLatestChange() {
		this.latestChangeBefore = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log").query(Long.class).single();
	}

	/**
	 * Puts the seeded target back through the application: reverting the test's changes, newest first, records the
	 * reverts and moves the content revision on, so no cached page goes on showing the edited value to later tests.
	 */
	@AfterEach
	void restoreTheSeededTarget() throws Exception {
		List<Long> changes = this.jdbc.sql("""
				SELECT id FROM change_log WHERE entity_type = 'ndc_target' AND action = 'update' AND id > ?
				AND entity_id = (SELECT id::text FROM ndc_target WHERE slug = ?) ORDER BY id DESC
				""").params(this.latestChangeBefore, TARGET).query(Long.class).list();
		changes.forEach((change) -> this.editing.revert(change, "EditorBrowserTests"));
		try (HttpClient http = HttpClient.newHttpClient()) {
			String page = http.send(HttpRequest.newBuilder(URI.create(url("/countries/pe"))).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			assertThat(Jsoup.parse(page).getElementById(TARGET).text()).as("what readers see once the test is over")
				.contains("40 %");
		}
	}

	@Test
	void editorEditsPerusNdcTargetAndPublishesIt(Page page) {
		String email = this.editors.create("editor");
		page.navigate(url("/admin/login"));
		String sessionBefore = sessionCookie(page);
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(TestEditors.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/admin"));
		assertThat(sessionCookie(page)).as("a new session id at sign-in").isNotEqualTo(sessionBefore);

		page.navigate(url("/countries/pe"));
		page.locator("#" + TARGET).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Edit"))
			.click();
		assertThat(page.locator("#reductionPct")).hasValue("40");
		page.locator("#reductionPct").fill("45");
		page.locator("#publicationStatus").selectOption("DRAFT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".notice--ok")).hasText("Saved.");
		String editUrl = page.url();

		Page visitor = page.context().browser().newPage();
		visitor.navigate(url("/countries/pe#national-targets"));
		assertThat(visitor.locator("#" + TARGET)).not().isAttached();
		visitor.close();

		page.navigate(editUrl);
		page.locator("#publicationStatus").selectOption("PUBLISHED");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".notice--ok")).hasText("Saved.");

		Page reader = page.context().browser().newPage();
		reader.navigate(url("/countries/pe#national-targets"));
		assertThat(reader.locator("#" + TARGET)).containsText("45 %");
		// the day (UTC) of the change just recorded, not of the clock now: the two differ across midnight
		String publishedOn = this.jdbc.sql("""
				SELECT (changed_at AT TIME ZONE 'UTC')::date::text FROM change_log
				WHERE entity_type = 'ndc_target' AND entity_id = (SELECT id::text FROM ndc_target WHERE slug = ?)
				ORDER BY id DESC LIMIT 1
				""").param(TARGET).query(String.class).single();
		assertThat(reader.locator(".last-updated time")).hasAttribute("datetime", publishedOn);
		reader.close();
	}

	@Test
	void editorsAreToldTheyMayNotManageUsers(Page page) {
		String email = this.editors.create("editor");
		page.navigate(url("/admin/users"));
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(TestEditors.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("You are not allowed to open this page");
	}

	private String sessionCookie(Page page) {
		return page.context().cookies().stream().filter((cookie) -> cookie.name.equals("SESSION")).map((cookie) -> cookie.value)
			.findFirst().orElse("");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
