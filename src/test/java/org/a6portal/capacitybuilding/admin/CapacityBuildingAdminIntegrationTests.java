package org.a6portal.capacitybuilding.admin;

import java.time.LocalDate;
import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capacity-building projects editor at {@code /admin/capacity-building}, through to the country pages.
 */
@IntegrationTest
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class CapacityBuildingAdminIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listShowsTheSeededProjects() {
		Document page = Pages.ok(this.mvc, "/admin/capacity-building");
		assertThat(page.select("h1").text()).isEqualTo("Capacity-building projects");
		assertThat(page.select(".list-count").text()).isEqualTo("17 records");
		assertThat(page.select("table tbody tr")).hasSize(17);
		assertThat(page.select("table tbody tr td:first-child a").eachText())
			.contains("Integrated Assessment for Article 6 (IAA6)", "Climate Market Club");
	}

	@Test
	void listSearchesTitlesAndLeadOrganisationsAndFiltersByStatusAndCountry() {
		assertThat(titles("/admin/capacity-building?q=iaa6")).containsExactly("Integrated Assessment for Article 6 (IAA6)");
		assertThat(titles("/admin/capacity-building?q=Copenhagen")).hasSize(2)
			.contains("Integrated Assessment for Article 6 (IAA6)");
		assertThat(titles("/admin/capacity-building?country=LK&sort=-startedOn"))
			.contains("Integrated Assessment for Article 6 (IAA6)")
			.doesNotContain("Desk assessment of readiness for international transfers under Article 6");
		assertThat(titles("/admin/capacity-building?status=draft&sort=updatedAt"))
			.contains("Desk assessment of readiness for international transfers under Article 6")
			.doesNotContain("Integrated Assessment for Article 6 (IAA6)");
	}

	@Test
	void editFormShowsTheProjectWithItsCountriesSelected() {
		Document list = Pages.html(this.mvc.get().uri("/admin/capacity-building?q=iaa6").exchange());
		String editPath = list.select("table tbody tr td:first-child a").attr("href");
		Document page = Pages.ok(this.mvc, editPath);
		assertThat(page.select("input#title").val()).isEqualTo("Integrated Assessment for Article 6 (IAA6)");
		assertThat(page.select("fieldset#countries input[name=countries][checked]").eachAttr("value")).containsExactlyInAnyOrder("LK", "PE", "TZ");
	}

	@Test
	@Transactional
	void projectWithTwoCountriesAppearsOnBothCountryPages() {
		MvcTestResult created = create(project("cb-test-registry", "Registry set-up support for Article 6", "PE", "GH"));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(created.getResponse().getRedirectedUrl()).matches("/admin/capacity-building/\\d+/edit");
		for (String country : new String[] { "pe", "gh" }) {
			Element section = capacityBuildingSection(country);
			assertThat(section.select(".card h3").eachText()).as(country).contains("Registry set-up support for Article 6");
			assertThat(section.select(".card a.card__more").eachAttr("href")).as(country)
				.contains("/capacity-building/cb-test-registry");
		}
		assertThat(capacityBuildingSection("cl").text()).doesNotContain("Registry set-up support");
		Document edit = Pages.html(this.mvc.get()
			.uri(created.getResponse().getRedirectedUrl())
			.flashAttrs(created.getMvcResult().getFlashMap())
			.exchange());
		assertThat(edit.select(".notice--ok").text()).isEqualTo("Saved.");
		assertThat(edit.select("fieldset#countries input[name=countries][checked]").eachAttr("value")).containsExactlyInAnyOrder("GH", "PE");
	}

	@Test
	@Transactional
	void projectEndingBeforeItStartsIsRefusedWithEverythingTypedKept() {
		MultiValueMap<String, String> fields = project("cb-test-dates", "Backwards project", "PE", "GH");
		fields.set("startedOn", "2024-06-01");
		fields.set("endsOn", "2023-06-01");
		fields.set("url", "ftp://example.org/project");
		MvcTestResult result = create(fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error input#endsOn")).hasSize(1);
		assertThat(page.select(".field--error").text()).contains("A project cannot end before it starts.",
				"Enter a full web address starting with http:// or https://.");
		assertThat(page.select("input#title").val()).isEqualTo("Backwards project");
		assertThat(page.select("input#url").val()).isEqualTo("ftp://example.org/project");
		assertThat(page.select("input#endsOn").val()).isEqualTo("2023-06-01");
		assertThat(page.select("fieldset#countries input[name=countries][checked]").eachAttr("value")).containsExactlyInAnyOrder("PE", "GH");
	}

	@Test
	@Transactional
	void missingTitleIsRefused() {
		MvcTestResult result = create(project("cb-test-untitled", " ", "PE"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error input#title")).hasSize(1);
		assertThat(page.select(".field--error").text()).contains("Please fill in this field.");
		assertThat(page.select("input#slug").val()).isEqualTo("cb-test-untitled");
	}

	@Test
	@Transactional
	void editIsRecordedInTheHistoryAndDeletionRemovesTheProjectFromItsCountries() {
		MvcTestResult created = create(project("cb-test-lifecycle", "Article 6 readiness clinic", "PE", "GH"));
		String editPath = created.getResponse().getRedirectedUrl();
		String basePath = editPath.replaceFirst("/edit$", "");
		MultiValueMap<String, String> changed = project("cb-test-lifecycle", "Article 6 readiness clinic, second phase", "GH");
		MvcTestResult updated = this.mvc.post()
			.uri(editPath)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(changed)
			.exchange();
		assertThat(updated).hasStatus(HttpStatus.FOUND).hasHeader("Location", editPath);
		assertThat(capacityBuildingSection("pe").text()).doesNotContain("readiness clinic");
		assertThat(capacityBuildingSection("gh").text()).contains("Article 6 readiness clinic, second phase");

		Document history = Pages.html(this.mvc.get().uri(basePath + "/history").exchange());
		assertThat(history.text()).contains("Updated", "Created", "editor@example.org");

		assertThat(this.mvc.get().uri(basePath + "/delete")).hasStatusOk();
		MvcTestResult deleted = this.mvc.post()
			.uri(basePath + "/delete")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "1")
			.exchange();
		assertThat(deleted).hasStatus(HttpStatus.FOUND).hasHeader("Location", "/admin/capacity-building");
		assertThat(capacityBuildingSection("gh").text()).doesNotContain("readiness clinic");
		assertThat(this.mvc.get().uri(editPath)).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult create(MultiValueMap<String, String> fields) {
		return this.mvc.post()
			.uri("/admin/capacity-building/new")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(fields)
			.exchange();
	}

	private List<String> titles(String uri) {
		return Pages.ok(this.mvc, uri).select("table tbody tr td:first-child a").eachText();
	}

	private Element capacityBuildingSection(String country) {
		return Pages.ok(this.mvc, "/countries/" + country).getElementById("capacity-building");
	}

	private static MultiValueMap<String, String> project(String slug, String title, String... countries) {
		String today = LocalDate.now().toString();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("version", "0");
		fields.add("title", title);
		fields.add("leadOrganisation", "UNEP Copenhagen Climate Centre");
		fields.add("funder", "");
		fields.add("summary", "Helps the ministries set up an Article 6 registry.");
		fields.add("startedOn", "2024-01-15");
		fields.add("endsOn", "2026-12-31");
		fields.add("url", "https://example.org/projects/registry");
		for (String country : countries) {
			fields.add("countries", country);
		}
		fields.add("publicationStatus", "PUBLISHED");
		fields.add("slug", slug);
		fields.add("sourceUrl", "https://example.org/projects/registry");
		// content health warns about the example.org source before publishing; these editors publish anyway
		fields.add("publishAnyway", "true");
		fields.add("sourceTitle", "Project page");
		fields.add("sourceRetrievedOn", today);
		fields.add("lastReviewedOn", today);
		return fields;
	}

}
