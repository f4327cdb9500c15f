package org.a6portal.cooperation.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.PublicationStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.support.BrowserTest;
import org.a6portal.support.JavaScriptDisabled;
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
 * Issue 13, defect 3, in a real browser: a project's 13 host Parties survive a plain click (the list is checkboxes,
 * not a multi-select), the chosen ones are listed first and named above the list, a country is found by typing its
 * name in any of the three languages or its code, and a save that removes a Party says so. Without JavaScript the
 * same form works as plain checkboxes.
 */
@BrowserTest
class CountryPickerBrowserTests {

	/** Thirteen host Parties, as the project the editors lost them from. */
	private static final List<String> HOSTS = List.of("AR", "BJ", "CL", "CO", "DM", "GE", "GH", "KE", "MA", "SN", "TH",
			"VU", "ZM");

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RecordEditing editing;

	@Autowired
	private CooperativeApproachRecords records;

	private String slug;

	private long id;

	@BeforeEach
	void createADraftWithThirteenHosts() {
		this.slug = "picker-" + UUID.randomUUID().toString().substring(0, 8);
		CooperativeApproachForm form = new CooperativeApproachForm();
		form.setTitle("Approach with thirteen host Parties");
		form.setSlug(this.slug);
		form.setTransferringParties(HOSTS);
		form.setAcquiringParties(List.of("JP"));
		form.setPublicationStatus(PublicationStatus.DRAFT);
		form.setSourceTitle("Test source");
		CooperativeApproach saved = this.editing.create(this.records, form, "CountryPickerBrowserTests").entity();
		this.id = saved.getId();
	}

	@AfterEach
	void deleteTheDraft() {
		this.jdbc.sql("DELETE FROM cooperative_approach WHERE id = ?").param(this.id).update();
	}

	@Test
	void findsCountriesByTypingInAnyLanguageAndReportsRemovals(Page page) {
		signIn(page);
		page.navigate(url("/admin/cooperative-approaches/" + this.id + "/edit"));
		Locator hosts = page.locator("fieldset#transferringParties");
		assertThat(hosts.locator(".picker__count")).hasText("Chosen (13)");
		assertThat(hosts.locator(".picker__chosen-list li")).hasCount(13);
		assertThat(hosts.locator(".picker__options input:checked")).hasCount(13);
		assertThat(hosts.locator(".picker__options li").nth(12).locator("input")).isChecked();
		assertThat(hosts.locator(".picker__options li").nth(13).locator("input")).not().isChecked();

		Locator find = hosts.getByLabel("Find a country (name in English, Spanish or French, or code)");
		assertThat(find).isVisible();
		find.fill("Pérou");
		assertThat(hosts.locator(".picker__options li:visible")).hasCount(1);
		assertThat(hosts.locator(".picker__options li:visible label")).hasText("Peru (PE)");
		find.press("Enter");
		assertThat(page).hasURL(url("/admin/cooperative-approaches/" + this.id + "/edit"));
		assertThat(hosts.locator(".picker__count")).hasText("Chosen (14)");
		assertThat(hosts.locator(".picker__chosen-list")).containsText("Peru (PE)");

		find.fill("suiza");
		assertThat(hosts.locator(".picker__options li:visible label")).hasText("Switzerland (CH)");
		find.fill("CHE");
		assertThat(hosts.locator(".picker__options li:visible label")).containsText(new String[] { "Switzerland (CH)" });
		hosts.getByLabel("Switzerland (CH)").check();
		find.fill("zzzz");
		assertThat(hosts.getByText("No country matches.")).isVisible();
		find.fill("");
		hosts.getByLabel("Chile (CL)").uncheck();
		assertThat(hosts.locator(".picker__count")).hasText("Chosen (14)");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".notice--ok")).hasText("Saved.");
		assertThat(page.locator(".notice--warning[role=status]"))
			.hasText("Removed from Transferring (host) Parties: Chile (CL).");
		assertThat(hosts()).hasSize(14).contains("PE", "CH").doesNotContain("CL");
		assertThat(page.locator("fieldset#transferringParties .picker__count")).hasText("Chosen (14)");
	}

	@Test
	@JavaScriptDisabled
	void withoutJavaScriptThePickerIsCheckboxesAndAPlainClickAddsOne(Page page) {
		signIn(page);
		page.navigate(url("/admin/cooperative-approaches/" + this.id + "/edit"));
		Locator hosts = page.locator("fieldset#transferringParties");
		assertThat(hosts.locator("[data-picker-search]")).isHidden();
		assertThat(hosts.locator(".picker__chosen-list li")).hasCount(13);
		hosts.getByLabel("Peru (PE)").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".notice--ok")).hasText("Saved.");
		assertThat(page.locator(".notice--warning[role=status]")).hasCount(0);
		assertThat(hosts()).hasSize(14).contains("PE");
		assertThat(page.locator("fieldset#transferringParties .picker__chosen-list li")).hasCount(14);
	}

	@Test
	void thePickerAtDesktopAndPhoneWidthsInFrench(Page page) {
		signIn(page);
		Path screenshots = Path.of("target", "screenshots");
		for (int width : new int[] { 1366, 390 }) {
			page.setViewportSize(width, 900);
			page.navigate(url("/admin/cooperative-approaches/" + this.id + "/edit?lang=fr"));
			Locator hosts = page.locator("fieldset#transferringParties");
			assertThat(hosts.locator("legend")).hasText("Parties cédantes (hôtes)");
			assertThat(hosts.locator(".picker__count")).hasText("Sélectionnés (13)");
			hosts.getByLabel("Trouver un pays (nom en anglais, espagnol ou français, ou code)").fill("pér");
			assertThat(hosts.locator(".picker__options li:visible label")).hasText("Pérou (PE)");
			double fieldsetWidth = hosts.boundingBox().width;
			assertThat(fieldsetWidth).as("the picker fits the page").isLessThanOrEqualTo(width);
			hosts.screenshot(new Locator.ScreenshotOptions()
				.setPath(screenshots.resolve("CountryPickerBrowserTests-fr-" + width + ".png")));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(screenshots.resolve("CountryPickerBrowserTests-form-fr-" + width + ".png")));
		}
	}

	private List<String> hosts() {
		return this.jdbc.sql("SELECT country_iso2 FROM cooperative_approach_party WHERE approach_id = ? AND role = 'transferring'")
			.param(this.id)
			.query(String.class)
			.list();
	}

	private void signIn(Page page) {
		page.navigate(url("/admin/login"));
		page.getByLabel("E-mail address").fill(this.editors.create("editor"));
		page.getByLabel("Password").fill(TestEditors.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/admin"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
