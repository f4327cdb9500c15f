package org.a6portal.admin;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * Two editors on one record in real browsers: Bob saves a note while Alice retitles the record; Alice's save is
 * refused with Bob's change by its label, her form already holds Bob's note, and her second save keeps both. The same
 * screen in Spanish for an editor whose browser asks for Spanish. Screenshots at 1366 and 390 px wide.
 */
@BrowserTest
class EditConflictBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

	@BeforeEach
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void aDraftApproach() {
		EditableRecords records = this.editing.kind("cooperative_approach");
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", "Approach both edit");
		fields.put("slug", "conflict-browser-" + UUID.randomUUID().toString().substring(0, 8));
		fields.put("instrument", "IMPLEMENTING_AGREEMENT");
		fields.put("status", "AGREEMENT_SIGNED");
		fields.put("transferringParties", List.of("PE"));
		fields.put("acquiringParties", List.of("JP"));
		fields.put("itmoVolumeTco2e", 1500000);
		fields.put("publicationStatus", "DRAFT");
		fields.put("sourceUrl", "https://www.gob.pe/minam");
		fields.put("sourceTitle", "Ministry of the Environment");
		this.id = records.idOf(this.editing.create(records, (RecordForm) this.json.convertValue(fields, records.formType()),
				"creator@example.org").entity());
	}

	@AfterEach
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void deleteTheRecord() {
		EditableRecords records = this.editing.kind("cooperative_approach");
		records.find(this.id).ifPresent((entity) -> this.editing.delete(records, this.id, records.versionOf(entity),
				"EditConflictBrowserTests"));
	}

	@Test
	void aRefusedSaveShowsTheOtherEditorsChangeByLabelAndKeepsItInTheForm(Page alice) {
		signIn(alice, "Sign in", "E-mail address", "Password");
		alice.navigate(editUrl());
		alice.locator("#title").fill("Approach retitled by Alice");

		try (BrowserContext bobsBrowser = alice.context().browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page bob = bobsBrowser.newPage();
			signIn(bob, "Sign in", "E-mail address", "Password");
			bob.navigate(editUrl());
			bob.locator("#notes").fill("Bob's note on the volume");
			save(bob, "Save");
			assertThat(bob.locator(".notice--ok")).isVisible();
		}

		save(alice, "Save");
		assertThat(alice.locator(".conflict")).containsText("Someone else saved this record");
		assertThat(alice.locator(".conflict tbody tr")).hasCount(1);
		assertThat(alice.locator(".conflict tr[data-field=notes] th")).hasText("Notes");
		assertThat(alice.locator(".conflict tr[data-field=notes] td").nth(1)).hasText("Bob's note on the volume");
		assertThat(alice.locator("#title")).hasValue("Approach retitled by Alice");
		assertThat(alice.locator("#notes")).hasValue("Bob's note on the volume");
		alice.setViewportSize(1366, 900);
		alice.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("conflict-1366.png")));
		alice.setViewportSize(390, 844);
		alice.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("conflict-390.png")));
		alice.setViewportSize(1280, 900);

		save(alice, "Save");
		assertThat(alice.locator(".notice--ok")).isVisible();
		assertThat(this.jdbc.sql("SELECT title || ' | ' || notes FROM cooperative_approach WHERE id = ?")
			.param(Long.valueOf(this.id)).query(String.class).single())
			.isEqualTo("Approach retitled by Alice | Bob's note on the volume");
	}

	@Test
	void theConflictScreenSpeaksTheEditorsLanguage(Page bob) {
		try (BrowserContext carlasBrowser = bob.context().browser().newContext(new Browser.NewContextOptions().setLocale("es-ES"))) {
			Page carla = carlasBrowser.newPage();
			signIn(carla, "Iniciar sesión", "Dirección de correo electrónico", "Contraseña");
			carla.navigate(editUrl());
			carla.locator("#title").fill("Enfoque que Carla retituló");

			signIn(bob, "Sign in", "E-mail address", "Password");
			bob.navigate(editUrl());
			bob.locator("#notes").fill("Bob's note");
			save(bob, "Save");
			assertThat(bob.locator(".notice--ok")).isVisible();

			save(carla, "Guardar");
			assertThat(carla.locator(".conflict")).containsText("Otra persona guardó este registro");
			assertThat(carla.locator(".conflict tr[data-field=notes] th")).hasText("Notas");
			assertThat(carla.locator(".conflict tr[data-field=notes] td").nth(0)).hasText("(vacío)");
			assertThat(carla.locator("#notes")).hasValue("Bob's note");
			carla.setViewportSize(390, 844);
			carla.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("conflict-390-es.png")));
		}
	}

	private void signIn(Page page, String button, String emailLabel, String passwordLabel) {
		String email = this.editors.create("editor");
		page.navigate(url("/admin/login"));
		page.getByLabel(emailLabel).fill(email);
		page.getByLabel(passwordLabel, new Page.GetByLabelOptions().setExact(true)).fill(TestEditors.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
		assertThat(page).hasURL(url("/admin"));
	}

	private static void save(Page page, String label) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
	}

	private String editUrl() {
		return url("/admin/cooperative-approaches/" + this.id + "/edit");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
