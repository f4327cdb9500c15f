package org.a6portal.pacm.admin;

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
 * The PACM activities editor at {@code /admin/pacm-activities}, through to the host's country page.
 */
@IntegrationTest
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class PacmActivityAdminIntegrationTests {

	private static final String SEEDED = "Clean Energy Program Supported by the Republic of Korea";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listShowsTheSeededActivity() {
		assertThat(Pages.ok(this.mvc, "/admin/pacm-activities").select("h1").text()).isEqualTo("PACM activities");
		Document page = Pages.ok(this.mvc, "/admin/pacm-activities?q=10415");
		assertThat(page.select("table tbody tr td:first-child a").eachText()).contains(SEEDED);
		Element row = page.select("table tbody tr:has(a:containsOwn(" + SEEDED + "))").first();
		assertThat(row.text()).contains("MM", "Transition approved", "CDM PoA 10415", "Published");
	}

	@Test
	void listSearchesTitlesAndReferencesAndFiltersByStatusAndHost() {
		assertThat(titles("/admin/pacm-activities?q=PoA 10415")).containsExactly(SEEDED);
		assertThat(titles("/admin/pacm-activities?q=clean energy program supported by the&sort=-stageOn"))
			.containsExactly(SEEDED);
		assertThat(titles("/admin/pacm-activities?country=MM&status=published&sort=stage&q=10415")).containsExactly(SEEDED);
		assertThat(titles("/admin/pacm-activities?country=MM&q=Clean Energy Program")).contains(SEEDED).hasSize(3);
		assertThat(titles("/admin/pacm-activities?country=TD")).isEmpty();
		assertThat(titles("/admin/pacm-activities?status=draft&sort=-updatedAt")).doesNotContain(SEEDED);
	}

	@Test
	void editFormShowsTheSeededActivityWithItsChoicesSelected() {
		Document page = Pages.ok(this.mvc, editPathOf(SEEDED));
		assertThat(page.select("h1").text()).isEqualTo("Edit “" + SEEDED + "”");
		assertThat(page.select("input#title").val()).isEqualTo(SEEDED);
		assertThat(page.select("select#hostIso2 option[selected]").eachAttr("value")).containsExactly("MM");
		assertThat(page.select("select#origin option[selected]").eachAttr("value")).containsExactly("CDM_TRANSITION");
		assertThat(page.select("select#form option[selected]").eachAttr("value")).containsExactly("PROGRAMME");
		assertThat(page.select("select#activityTypeCode option[selected]").eachAttr("value")).containsExactly("clean_cooking");
		assertThat(page.select("select#activityTypeCode optgroup").eachAttr("label")).startsWith("Energy supply")
			.contains("Household energy");
		assertThat(page.select("input#unfcccReference").val()).isEqualTo("CDM PoA 10415");
		assertThat(page.select("input#slug").val()).isEqualTo("pacm-mm-10415");
	}

	@Test
	void newFormStartsEmpty() {
		Document page = Pages.ok(this.mvc, "/admin/pacm-activities/new");
		assertThat(page.select("h1").text()).isEqualTo("New PACM activity");
		assertThat(page.select("input#slug").val()).isEmpty();
		assertThat(page.select("select#hostIso2 option[selected]").eachAttr("value")).containsExactly("");
	}

	@Test
	@Transactional
	void publishedActivityIsListedAndShownOnTheHostsPage() {
		MvcTestResult created = create(activity("pacm-pe-test-cookstoves", "Peru clean cooking programme", "PE"));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(created.getResponse().getRedirectedUrl()).matches("/admin/pacm-activities/\\d+/edit");
		assertThat(titles("/admin/pacm-activities?country=PE&q=cooking")).containsExactly("Peru clean cooking programme");
		Document edit = Pages.html(this.mvc.get().uri(created.getResponse().getRedirectedUrl()).exchange());
		assertThat(edit.select("select#activityTypeCode option[selected]").eachAttr("value")).containsExactly("clean_cooking");
		Element record = pacmSection("pe").getElementById("pacm-pe-test-cookstoves");
		assertThat(record).isNotNull();
		assertThat(record.select(".pacm-title").text()).isEqualTo("Peru clean cooking programme");
		assertThat(record.text()).contains("Programme", "Validation", "Household energy · Clean cooking", "12,000",
				"A6.4-PCN-0001");
		assertThat(pacmSection("cl").text()).doesNotContain("Peru clean cooking programme");
	}

	@Test
	@Transactional
	void draftActivityStaysOffThePublicPage() {
		MultiValueMap<String, String> fields = activity("pacm-pe-test-draft", "Peru draft activity", "PE");
		fields.set("publicationStatus", "DRAFT");
		fields.set("sourceUrl", "");
		assertThat(create(fields)).hasStatus(HttpStatus.FOUND);
		assertThat(titles("/admin/pacm-activities?status=draft&country=PE&q=draft")).containsExactly("Peru draft activity");
		assertThat(pacmSection("pe").text()).doesNotContain("Peru draft activity");
	}

	@Test
	@Transactional
	void editingTheSeededActivityChangesItsHostsPage() {
		String editPath = editPathOf(SEEDED);
		Document form = Pages.html(this.mvc.get().uri(editPath).exchange());
		MultiValueMap<String, String> fields = Pages.formValues(form);
		fields.set("stage", "ISSUED");
		fields.set("stageOn", "2025-06-30");
		MvcTestResult saved = this.mvc.post().uri(editPath).with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(fields).exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(pacmSection("mm").getElementById("pacm-mm-10415").text()).contains("Units issued");
		Document history = Pages.html(this.mvc.get().uri(editPath.replace("/edit", "/history")).exchange());
		assertThat(history.text()).contains("editor@example.org", "stage");
	}

	@Test
	@Transactional
	void invalidActivityIsRefusedWithEverythingTypedKept() {
		MultiValueMap<String, String> fields = activity("pacm-pe-test-invalid", " ", "PE");
		fields.set("creditingStart", "2026-01-01");
		fields.set("creditingEnd", "2025-01-01");
		fields.set("expectedReductionsTco2ePerYear", "-5");
		fields.set("methodology", "AMS-I.D");
		MvcTestResult result = create(fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error input#title")).hasSize(1);
		assertThat(page.select(".field--error input#creditingEnd")).hasSize(1);
		assertThat(page.select(".field--error").text()).contains("Please fill in this field.",
				"The crediting period cannot end before it starts.", "Enter zero or a positive number.");
		assertThat(page.select("input#methodology").val()).isEqualTo("AMS-I.D");
		assertThat(page.select("input#creditingStart").val()).isEqualTo("2026-01-01");
		assertThat(page.select("input#expectedReductionsTco2ePerYear").val()).isEqualTo("-5");
		assertThat(page.select("input#slug").val()).isEqualTo("pacm-pe-test-invalid");
		assertThat(page.select("select#hostIso2 option[selected]").eachAttr("value")).containsExactly("PE");
	}

	@Test
	@Transactional
	void referenceAndSlugMustBeUnique() {
		MultiValueMap<String, String> fields = activity("pacm-mm-10415", "Second copy", "MM");
		fields.set("unfcccReference", "CDM PoA 10415");
		MvcTestResult result = create(fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error input#unfcccReference")).hasSize(1);
		assertThat(page.select(".field--error input#slug")).hasSize(1);
		assertThat(page.select(".field--error").text()).contains("“" + SEEDED + "” already has this UNFCCC reference.",
				"This slug is already used by another record of this kind.");
	}

	@Test
	@Transactional
	void authorisingAndAcquiringPartiesAreSavedShownAndRecorded() {
		MultiValueMap<String, String> fields = activity("pacm-pe-test-parties", "Peru parties activity", "PE");
		fields.add("authorizingParties", "PE");
		fields.add("acquiringParties", "CH");
		fields.add("acquiringParties", "SE");
		MvcTestResult created = create(fields);
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String editPath = created.getResponse().getRedirectedUrl();
		Document form = Pages.ok(this.mvc, editPath);
		assertThat(form.select("input[name=authorizingParties][checked]").eachAttr("value")).containsExactly("PE");
		assertThat(form.select("input[name=acquiringParties][checked]").eachAttr("value")).containsExactlyInAnyOrder("CH", "SE");
		Document record = Pages.ok(this.mvc, "/pacm-activities/pacm-pe-test-parties");
		assertThat(record.select(".facts").text()).contains("Authorising Parties Peru", "Acquiring Parties Sweden, Switzerland");

		MultiValueMap<String, String> fewer = Pages.formValues(form);
		fewer.add("publishAnyway", "true");
		fewer.remove("acquiringParties");
		fewer.add("acquiringParties", "CH");
		assertThat(this.mvc.post().uri(editPath).with(SecurityMockMvcRequestPostProcessors.csrf()).params(fewer))
			.hasStatus(HttpStatus.FOUND);
		assertThat(Pages.ok(this.mvc, "/pacm-activities/pacm-pe-test-parties").select(".facts").text())
			.contains("Acquiring Parties Switzerland").doesNotContain("Sweden");
		Document history = Pages.ok(this.mvc, editPath.replace("/edit", "/history"));
		assertThat(history.select(".history__entry").first().text()).contains("Acquiring Parties", "Sweden");
	}

	@Test
	@Transactional
	void aPartyInBothRolesOrAnUnknownPartyIsRefusedWithTheChoicesKept() {
		MultiValueMap<String, String> fields = activity("pacm-pe-test-both", "Peru both roles", "PE");
		fields.add("authorizingParties", "PE");
		fields.add("authorizingParties", "XX");
		fields.add("acquiringParties", "PE");
		MvcTestResult result = create(fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error").text()).contains("Choose the Parties from the list (XX is not one).");
		fields.set("authorizingParties", "PE");
		result = create(fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		page = Pages.html(result);
		assertThat(page.select(".field--error").text()).contains("A Party cannot be both authorising and acquiring: PE.");
		assertThat(page.select("input[name=acquiringParties][checked]").eachAttr("value")).containsExactly("PE");
		assertThat(page.select("input#title").val()).isEqualTo("Peru both roles");
	}

	private MvcTestResult create(MultiValueMap<String, String> fields) {
		return this.mvc.post()
			.uri("/admin/pacm-activities/new")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(fields)
			.exchange();
	}

	private List<String> titles(String uri) {
		return Pages.ok(this.mvc, uri).select("table tbody tr td:first-child a").eachText();
	}

	private String editPathOf(String title) {
		Document list = Pages.html(this.mvc.get().uri("/admin/pacm-activities?q=" + title).exchange());
		return list.select("table tbody tr td:first-child a:containsOwn(" + title + ")").attr("href");
	}

	private Element pacmSection(String country) {
		return Pages.ok(this.mvc, "/countries/" + country).getElementById("article-6-4");
	}

	private static MultiValueMap<String, String> activity(String slug, String title, String host) {
		String today = LocalDate.now().toString();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("version", "0");
		fields.add("title", title);
		fields.add("hostIso2", host);
		fields.add("origin", "NEW_ACTIVITY");
		fields.add("form", "PROGRAMME");
		fields.add("stage", "VALIDATION");
		fields.add("stageOn", "2025-03-01");
		fields.add("pcnSubmittedOn", "2024-11-15");
		fields.add("activityTypeCode", "clean_cooking");
		fields.add("methodology", "AMS-II.G");
		fields.add("scale", "SMALL");
		fields.add("expectedReductionsTco2ePerYear", "12000");
		fields.add("creditingStart", "2025-01-01");
		fields.add("creditingEnd", "2029-12-31");
		fields.add("unfcccReference", "A6.4-PCN-0001");
		fields.add("notes", "Improved cookstoves in the **Andes**.");
		fields.add("publicationStatus", "PUBLISHED");
		fields.add("slug", slug);
		fields.add("sourceUrl", "https://example.org/pacm/peru-cookstoves");
		// content health warns about the example.org source before publishing; these editors publish anyway
		fields.add("publishAnyway", "true");
		fields.add("sourceTitle", "Prior consideration notification");
		fields.add("sourceRetrievedOn", today);
		fields.add("lastReviewedOn", today);
		return fields;
	}

}
