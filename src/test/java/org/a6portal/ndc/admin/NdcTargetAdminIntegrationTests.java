package org.a6portal.ndc.admin;

import java.time.LocalDate;
import java.util.List;

import org.a6portal.seed.SeedLoader;
import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NDC targets editor at {@code /admin/ndc-targets}, through to the country pages' national targets.
 */
@IntegrationTest
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class NdcTargetAdminIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SeedLoader seedLoader;

	private String currentNdcOfPeru() {
		return this.jdbc.sql("SELECT label || ' ' || current_chosen_by FROM ndc_submission WHERE country_iso2 = 'PE' AND is_current")
			.query(String.class)
			.single();
	}

	@Test
	void listShowsPerusSeededTargetsWithTheirNdcVersions() {
		Document page = Pages.ok(this.mvc, "/admin/ndc-targets?country=PE");
		assertThat(page.select("h1").text()).isEqualTo("NDC targets");
		assertThat(page.select(".list-count").text()).isEqualTo("5 records");
		Elements rows = page.select("table tbody tr");
		assertThat(rows).hasSize(5);
		assertThat(rows.eachText()).allSatisfy((row) -> assertThat(row).startsWith("PE"));
		assertThat(rows.select("td:nth-child(2)").eachText()).containsExactlyInAnyOrder("INDC/first NDC (2015)",
				"INDC/first NDC (2015)", "updated NDC 2020", "updated NDC 2020", "NDC 3.0 (2025) Current");
		assertThat(rows.select("td:nth-child(5)").eachText()).containsExactlyInAnyOrder("20", "30", "30", "40", "–");
	}

	@Test
	void listSearchesLabelsAndNotesAndSortsByCountry() {
		assertThat(countries("/admin/ndc-targets?q=updated ndc 2020&country=PE")).containsExactly("PE", "PE");
		assertThat(countries("/admin/ndc-targets?q=208.8 MtCO2e")).containsExactly("PE");
		assertThat(countries("/admin/ndc-targets?status=published&sort=country").getFirst()).isEqualTo("BD");
		assertThat(countries("/admin/ndc-targets?sort=-country").getFirst()).isEqualTo("VN");
		assertThat(countries("/admin/ndc-targets?country=PE&sort=-targetYear")).hasSize(5);
		assertThat(countries("/admin/ndc-targets?status=draft&sort=-updatedAt")).doesNotContain("PE");
	}

	@Test
	void editFormShowsTheTargetWithItsNdcVersion() {
		Document page = Pages.ok(this.mvc, editPathOf("ndc-pe-2020-absolute-2030-conditional"));
		assertThat(page.select("h1").text()).isEqualTo("Edit a target of PE’s “updated NDC 2020”");
		assertThat(page.select("select#countryIso2 option[selected]").eachAttr("value")).containsExactly("PE");
		assertThat(page.select("input#ndcLabel").val()).isEqualTo("updated NDC 2020");
		assertThat(page.select("input#ndcVersionYear").val()).isEqualTo("2020");
		// Peru's NDC 3.0 (2025) is its current version now, not the 2020 update
		assertThat(page.select("input#ndcCurrent1").hasAttr("checked")).isFalse();
		assertThat(Pages.ok(this.mvc, editPathOf("ndc-pe-2025-absolute-2035-unstated")).select("input#ndcCurrent1")
			.hasAttr("checked")).isTrue();
		assertThat(page.select("select#targetType option[selected]").eachAttr("value")).containsExactly("ABSOLUTE");
		assertThat(page.select("select#conditional option[selected]").eachAttr("value")).containsExactly("true");
		assertThat(page.select("input#netZeroYear").val()).isEqualTo("2050");
	}

	@Test
	void newFormStartsEmpty() {
		Document page = Pages.ok(this.mvc, "/admin/ndc-targets/new");
		assertThat(page.select("h1").text()).isEqualTo("New NDC target");
		assertThat(page.select("input#slug").val()).isEmpty();
		assertThat(page.select("input#ndcLabel").val()).isEmpty();
		assertThat(page.select("input#ndcCurrent1").hasAttr("checked")).isFalse();
		assertThat(page.select("select#conditional option[selected]").eachAttr("value")).isEmpty();
	}

	@Test
	@Transactional
	void newCurrentNdcVersionTakesThePlaceOfTheOldOne() {
		MvcTestResult created = create(target("ndc-pe-2030-absolute-2035", "PE", "second NDC 2036–2040 (2030)", "2030", true));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(created.getResponse().getRedirectedUrl()).matches("/admin/ndc-targets/\\d+/edit");
		Element section = targetsSection("pe");
		Elements versions = section.select(".ndc h3");
		assertThat(versions.first().text()).contains("second NDC 2036–2040 (2030)", "Current NDC");
		assertThat(versions.eachText()).filteredOn((heading) -> heading.contains("Current NDC")).hasSize(1);
		assertThat(versions.eachText()).anySatisfy((heading) -> assertThat(heading).isEqualTo("NDC 3.0 (2025)"));
		Element row = section.getElementById("ndc-pe-2030-absolute-2035");
		assertThat(row.text()).contains("2035", "Absolute level", "45 %", "Unconditional", "2050");
		Document list = Pages.html(this.mvc.get().uri("/admin/ndc-targets?country=PE").exchange());
		assertThat(list.select("table tbody tr td:nth-child(2)").eachText()).containsExactlyInAnyOrder(
				"second NDC 2036–2040 (2030) Current", "NDC 3.0 (2025)", "updated NDC 2020", "updated NDC 2020",
				"INDC/first NDC (2015)", "INDC/first NDC (2015)");
		// the editor chose it, and the record says so
		assertThat(currentNdcOfPeru()).isEqualTo("second NDC 2036–2040 (2030) editor@example.org");
		Document edit = Pages.html(this.mvc.get().uri(created.getResponse().getRedirectedUrl()).exchange());
		assertThat(edit.select("input#ndcCurrent1").hasAttr("checked")).isTrue();
	}

	@Test
	@Transactional
	void targetUnderAnExistingLabelJoinsThatNdcVersion() {
		MultiValueMap<String, String> fields = target("ndc-pe-2020-net-zero-2050", "PE", "updated NDC 2020", "2020", false);
		fields.set("targetType", "NET_ZERO");
		fields.set("targetYear", "2050");
		fields.set("reductionPct", "");
		fields.set("reductionPctUpper", "");
		fields.set("conditional", "");
		assertThat(create(fields)).hasStatus(HttpStatus.FOUND);
		Element section = targetsSection("pe");
		assertThat(section.select(".ndc h3").eachText()).containsExactly("NDC 3.0 (2025) Current NDC", "updated NDC 2020",
				"INDC/first NDC (2015)");
		Element row = section.getElementById("ndc-pe-2020-net-zero-2050");
		assertThat(row.closest(".ndc").select("h3").text()).contains("updated NDC 2020");
		assertThat(row.text()).contains("Net zero", "Not stated");
	}

	@Test
	@Transactional
	void editingAnOlderTargetCanMakeItsVersionCurrentAgain() {
		String editPath = editPathOf("ndc-pe-2015-bau-2030-unconditional");
		Document form = Pages.html(this.mvc.get().uri(editPath).exchange());
		assertThat(form.select("input#ndcCurrent1").hasAttr("checked")).isFalse();
		MultiValueMap<String, String> fields = Pages.formValues(form);
		fields.set("ndcCurrent", "true");
		MvcTestResult saved = this.mvc.post().uri(editPath).with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(fields).exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(targetsSection("pe").select(".ndc h3").eachText()).containsExactly("INDC/first NDC (2015) Current NDC",
				"NDC 3.0 (2025)", "updated NDC 2020");
		Document history = Pages.html(this.mvc.get().uri(editPath.replace("/edit", "/history")).exchange());
		assertThat(history.text()).contains("editor@example.org", "This is the country’s current NDC").doesNotContain("ndcCurrent");
		assertThat(currentNdcOfPeru()).isEqualTo("INDC/first NDC (2015) editor@example.org");
		// a new release of the seed files keeps the editor's choice, though a newer version exists
		this.jdbc.sql("UPDATE seed_file SET checksum = 'older release'").update();
		this.seedLoader.load();
		assertThat(currentNdcOfPeru()).isEqualTo("INDC/first NDC (2015) editor@example.org");
	}

	@Test
	@Transactional
	void invalidTargetIsRefusedWithEverythingTypedKept() {
		MultiValueMap<String, String> fields = target("ndc-pe-test-invalid", "PE", " ", "1800", false);
		fields.set("reductionPct", "40");
		fields.set("reductionPctUpper", "30");
		fields.set("netZeroYear", "2020");
		fields.set("conditional", "true");
		MvcTestResult result = create(fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error input#ndcLabel")).hasSize(1);
		assertThat(page.select(".field--error input#ndcVersionYear")).hasSize(1);
		assertThat(page.select(".field--error input#reductionPctUpper")).hasSize(1);
		assertThat(page.select(".field--error input#netZeroYear")).hasSize(1);
		assertThat(page.select(".field--error").text()).contains("Please fill in this field.", "Enter 1990 or more.",
				"The upper end of the range cannot be below the lower end.", "Enter 2030 or more.");
		assertThat(page.select("input#ndcVersionYear").val()).isEqualTo("1800");
		assertThat(page.select("input#reductionPct").val()).isEqualTo("40");
		assertThat(page.select("input#reductionPctUpper").val()).isEqualTo("30");
		assertThat(page.select("textarea#notes").val()).isEqualTo("Economy-wide cap, all gases.");
		assertThat(page.select("select#conditional option[selected]").eachAttr("value")).containsExactly("true");
		assertThat(page.select("select#countryIso2 option[selected]").eachAttr("value")).containsExactly("PE");
	}

	@Test
	@Transactional
	void upperEndNeedsALowerEnd() {
		MultiValueMap<String, String> fields = target("ndc-pe-test-upper", "PE", "NDC 3.0 (2025)", "2025", false);
		fields.set("reductionPct", "");
		fields.set("reductionPctUpper", "50");
		MvcTestResult result = create(fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error input#reductionPct")).hasSize(1);
		assertThat(page.select(".field--error").text()).contains("Enter the lower end of the range too.");
	}

	private MvcTestResult create(MultiValueMap<String, String> fields) {
		return this.mvc.post()
			.uri("/admin/ndc-targets/new")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(fields)
			.exchange();
	}

	private List<String> countries(String uri) {
		return Pages.ok(this.mvc, uri).select("table tbody tr td:first-child").eachText();
	}

	private String editPathOf(String slug) {
		Document list = Pages.html(this.mvc.get().uri("/admin/ndc-targets?q=" + slug).exchange());
		return list.select("table tbody tr td:nth-child(3) a").attr("href");
	}

	private Element targetsSection(String country) {
		return Pages.ok(this.mvc, "/countries/" + country).getElementById("national-targets");
	}

	private static MultiValueMap<String, String> target(String slug, String country, String label, String versionYear,
			boolean current) {
		String today = LocalDate.now().toString();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("version", "0");
		fields.add("countryIso2", country);
		fields.add("ndcLabel", label);
		fields.add("ndcVersionYear", versionYear);
		if (current) {
			fields.add("ndcCurrent", "true");
		}
		fields.add("_ndcCurrent", "on");
		fields.add("targetType", "ABSOLUTE");
		fields.add("targetYear", "2035");
		fields.add("reductionPct", "45");
		fields.add("reductionPctUpper", "");
		fields.add("conditional", "false");
		fields.add("baseYear", "");
		fields.add("referenceEmissionsMtco2e", "");
		fields.add("lulucf", "INCLUDED");
		fields.add("netZeroYear", "2050");
		fields.add("notes", "Economy-wide cap, all gases.");
		fields.add("publicationStatus", "PUBLISHED");
		fields.add("slug", slug);
		fields.add("sourceUrl", "https://example.org/ndc/peru-2025");
		// content health warns about the example.org source before publishing; these editors publish anyway
		fields.add("publishAnyway", "true");
		fields.add("sourceTitle", "Peru NDC 3.0");
		fields.add("sourceRetrievedOn", today);
		fields.add("lastReviewedOn", today);
		return fields;
	}

}
