package org.a6portal.admin;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Hand-made or stale input to the admin lists, the recent changes and the record editors answers a page that says
 * what is wrong, never a 500.
 */
@IntegrationTest
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class BadInputAdminIntegrationTests {

	private static final List<String> LISTS = List.of("/admin/cooperative-approaches", "/admin/pacm-activities",
			"/admin/ndc-targets", "/admin/sd-statements", "/admin/capacity-building", "/admin/countries",
			"/admin/sectors", "/admin/content-health", "/admin/mitigation-activities", "/admin/itmo-transfers",
			"/admin/itmo-events", "/admin/initial-reports", "/admin/ndc-submissions");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aPageBeyondTheLastOfAnyListShowsTheLastPage() {
		for (String list : LISTS) {
			for (String page : List.of("99999999", String.valueOf(Integer.MAX_VALUE), "-3")) {
				MvcTestResult result = this.mvc.get().uri(list + "?page=" + page).exchange();
				assertThat(result).as(list + "?page=" + page).hasStatusOk();
			}
		}
		Document countries = Pages.ok(this.mvc, "/admin/countries?page=99999999");
		Document lastPage = Pages.ok(this.mvc, "/admin/countries?page="
				+ (this.jdbc.sql("SELECT (count(*) - 1) / " + ListQuery.PAGE_SIZE + " FROM country").query(Long.class).single()));
		assertThat(countries.select("table tbody tr").eachText()).isNotEmpty()
			.isEqualTo(lastPage.select("table tbody tr").eachText());
		assertThat(countries.select(".pagination span").text()).isEqualTo(lastPage.select(".pagination span").text());
	}

	@Test
	void recentChangesBeyondTheLastPageShowTheLastPage() {
		Document page = Pages.ok(this.mvc, "/admin/changes?page=" + Integer.MAX_VALUE);
		assertThat(page.select("h1").text()).isEqualTo("Recent changes");
		if (this.jdbc.sql("SELECT count(*) FROM change_log WHERE import_id IS NULL").query(Long.class).single() > 0) {
			assertThat(page.select("ol.history > li")).isNotEmpty();
		}
		assertThat(this.mvc.get().uri("/admin/changes?page=-1")).hasStatusOk();
	}

	@Test
	void aControlCharacterInTheSearchOfAnyListIsRefusedWithA400PageInTheEditorsLanguage() {
		for (String list : LISTS) {
			for (String q : List.of("peru\u0000", "\u202Eurep", "a\u0007b", "\u2066peru")) {
				MvcTestResult result = this.mvc.get().uri(list).param("q", q).exchange();
				assertThat(result).as(list + "?q=" + q).hasStatus(HttpStatus.BAD_REQUEST);
				assertThat(Pages.html(result).select("main").text()).contains("The parameter “q” contains an invisible control character");
			}
		}
		MvcTestResult spanish = this.mvc.get().uri("/admin/sectors").param("q", "\u0000").header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();
		assertThat(spanish).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(spanish).select("main").text()).contains("El parámetro «q» contiene un carácter de control invisible");
		MvcTestResult french = this.mvc.get().uri("/admin/sectors").param("q", "\u0000").header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange();
		assertThat(Pages.html(french).select("main").text()).contains("Le paramètre « q » contient un caractère de contrôle invisible");
	}

	@Test
	void tabsAndLineBreaksInASearchAreFine() {
		assertThat(this.mvc.get().uri("/admin/sectors").param("q", "energy\t\r\n")).hasStatusOk();
	}

	@Test
	void aControlCharacterInAPublicOrApiParameterIsA400Too() {
		assertThat(this.mvc.get().uri("/countries").param("q", "per\u0000u")).hasStatus(HttpStatus.BAD_REQUEST);
		MvcTestResult api = this.mvc.get().uri("/api/v1/countries").param("q", "per\u0000u").exchange();
		assertThat(api).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(api.getResponse().getContentType()).contains("problem+json");
	}

	@Test
	@Transactional
	void controlCharactersInARecordFormAreRemovedAndTheEditorIsAskedToLookAgain() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/sd-statements/new")
			.with(csrf())
			.param("version", "0")
			.param("countryIso2", "PE")
			.param("topic", "SAFEGUARDS")
			.param("mechanism", "BOTH")
			.param("slug", "sd-pe-control")
			.param("body", "Peru\u0000 reviews \u202Esafeguards\u2069\ttwice.\u0007")
			.param("publicationStatus", "DRAFT")
			.param("sourceUrl", "https://www.gob.pe/minam")
			.param("sourceTitle", "Ministry of the \u0000Environment")
			.param("sourceRetrievedOn", "2026-01-10")
			.param("lastReviewedOn", "2026-01-10")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document form = Pages.html(result);
		assertThat(form.select("form.form").text()).contains("Invisible control or text-direction characters were removed");
		assertThat(form.select("textarea#body").val()).isEqualTo("Peru reviews safeguards\ttwice.");
		assertThat(form.select("#sourceTitle").val()).isEqualTo("Ministry of the Environment");
		assertThat(form.select("#slug").val()).isEqualTo("sd-pe-control");
		assertThat(form.html()).doesNotContain("\u0000").doesNotContain("\u202E").doesNotContain("\u0007");
		assertThat(count("sd-pe-control")).isZero();

		MvcTestResult again = this.mvc.post().uri("/admin/sd-statements/new").with(csrf()).params(Pages.formValues(form))
			.exchange();
		assertThat(again).hasStatus(HttpStatus.FOUND);
		assertThat(count("sd-pe-control")).isOne();
	}

	@Test
	@Transactional
	void revertingOneDeletionTwiceSaysItWasRestoredAlready() {
		MvcTestResult created = this.mvc.post()
			.uri("/admin/sd-statements/new")
			.with(csrf())
			.param("version", "0")
			.param("countryIso2", "PE")
			.param("topic", "SAFEGUARDS")
			.param("mechanism", "BOTH")
			.param("slug", "sd-pe-revert-twice")
			.param("body", "Peru reviews safeguards.")
			.param("publicationStatus", "DRAFT")
			.param("sourceUrl", "https://www.gob.pe/minam")
			.param("sourceTitle", "Ministry of the Environment")
			.param("sourceRetrievedOn", "2026-01-10")
			.param("lastReviewedOn", "2026-01-10")
			.exchange();
		String edit = created.getResponse().getRedirectedUrl();
		String delete = edit.replace("/edit", "/delete");
		Document confirm = Pages.ok(this.mvc, delete);
		assertThat(this.mvc.post().uri(delete).with(csrf()).param("version", confirm.select("input[name=version]").val()))
			.hasStatus(HttpStatus.FOUND);
		long deletion = this.jdbc.sql("SELECT max(id) FROM change_log WHERE entity_type = 'sd_statement' AND action = 'delete'")
			.query(Long.class)
			.single();

		assertThat(this.mvc.post().uri("/admin/changes/" + deletion + "/revert").with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(count("sd-pe-revert-twice")).isOne();
		MvcTestResult twice = this.mvc.post().uri("/admin/changes/" + deletion + "/revert").with(csrf()).exchange();
		assertThat(twice).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(twice).select("[role=alert]").text()).isEqualTo("This deletion was reverted already: the record exists again.");
		assertThat(count("sd-pe-revert-twice")).isOne();
	}

	private long count(String slug) {
		return this.jdbc.sql("SELECT count(*) FROM sd_statement WHERE slug = ?").param(slug).query(Long.class).single();
	}

	@Test
	void countriesCannotBeCreatedOrDeletedHere() {
		assertThat(this.mvc.post().uri("/admin/countries/new").with(csrf()).param("nameEn", "Atlantis"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/countries/PE/delete")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/admin/countries/PE/delete").with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
