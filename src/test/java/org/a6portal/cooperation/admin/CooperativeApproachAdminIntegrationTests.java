package org.a6portal.cooperation.admin;

import java.util.List;
import java.util.stream.IntStream;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Editing cooperative approaches: validation that keeps input, conflicts, history and revert, drafts, inert
 * scripts and content-health warnings.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class CooperativeApproachAdminIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void listSearchesFiltersAndPages() {
		Document all = html(this.mvc.get().uri("/admin/cooperative-approaches").exchange());
		assertThat(all.select(".list-count").text()).isEqualTo("63 records");
		assertThat(all.select("table.data-table tbody tr")).hasSize(25);
		assertThat(all.select(".pagination").text()).contains("Page 1 of 3");
		Document peru = html(this.mvc.get().uri("/admin/cooperative-approaches?country=PE&sort=-signedOn").exchange());
		assertThat(peru.select("table.data-table tbody tr")).hasSize(3);
		Document search = html(this.mvc.get().uri("/admin/cooperative-approaches").param("q", "Swiss Confederation").exchange());
		assertThat(search.select("table.data-table tbody tr td a").eachText()).anyMatch((title) -> title.contains("Peru"));
	}

	@Test
	void unknownSortColumnFallsBackInsteadOfFailing() {
		assertThat(this.mvc.get().uri("/admin/cooperative-approaches?sort=password&page=-3")).hasStatusOk();
	}

	@Test
	void invalidInputIsRefusedWithMessagesAndEverythingTypedIsKept() {
		MvcTestResult result = this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf())
			.param("title", "Agreement typed by an editor")
			.param("slug", "Not A Slug")
			.param("instrument", "MOU").param("status", "MOU_SIGNED")
			.param("transferringParties", "PE").param("acquiringParties", "PE")
			.param("signedOn", "not a date")
			.param("notes", "Long notes the editor wrote")
			.param("publicationStatus", "PUBLISHED")
			.param("sourceTitle", "A source").param("sourceRetrievedOn", "2026-01-01").param("lastReviewedOn", "2026-01-01")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(result);
		assertThat(page.select("#title").val()).isEqualTo("Agreement typed by an editor");
		assertThat(page.select("#notes").text()).isEqualTo("Long notes the editor wrote");
		assertThat(page.select("#slug").val()).isEqualTo("Not A Slug");
		assertThat(page.select(".field__error").eachText()).contains(
				"Use lower-case letters, digits and single hyphens only, as in ca-ch-pe.",
				"Enter a date as year-month-day, for example 2025-04-01.",
				"A published record must cite a web source: add its URL, or keep the record as a draft.",
				"A Party cannot be both transferring and acquiring: PE.");
	}

	@Test
	void aDraftIsInvisibleUntilPublished() {
		String location = create("draft-approach", "DRAFT", "A draft agreement with Peru");
		assertThat(peruPage().text()).doesNotContain("A draft agreement with Peru");
		assertThat(html(this.mvc.get().uri("/admin/countries/pe/preview").exchange()).text())
			.contains("A draft agreement with Peru");
		save(location, "published-approach", "PUBLISHED", "A draft agreement with Peru", 0);
		assertThat(peruPage().select("#article-6-2").text()).contains("A draft agreement with Peru");
	}

	@Test
	void aSecondSaveOverANewerChangeIsRefusedWithWhatChangedAndTheInputKept() {
		String location = create("conflict-approach", "DRAFT", "First title");
		save(location, "conflict-approach", "DRAFT", "Title saved by Alice", 0);
		MvcTestResult bob = saveResult(location, "conflict-approach", "DRAFT", "Title typed by Bob", 0);
		assertThat(bob).hasStatus(HttpStatus.CONFLICT);
		Document page = html(bob);
		assertThat(page.select(".notice--error").text()).contains("Someone else saved this record", "First title",
				"Title saved by Alice");
		assertThat(page.select("#title").val()).isEqualTo("Title typed by Bob");
		assertThat(page.select("#version").val()).isEqualTo("1");
	}

	@Test
	void everySaveIsInTheHistoryAndCanBeReverted() {
		String location = create("history-approach", "DRAFT", "Original title");
		save(location, "history-approach", "DRAFT", "Changed title", 0);
		String id = location.replaceAll(".*/(\\d+)/edit", "$1");
		Document history = html(this.mvc.get().uri("/admin/cooperative-approaches/" + id + "/history").exchange());
		assertThat(history.select(".history__entry")).hasSize(2);
		assertThat(history.select(".history__entry").first().text()).contains("Updated", "editor@example.org", "title",
				"Original title", "Changed title");
		long changeId = this.jdbc.sql("SELECT max(id) FROM change_log WHERE entity_type = 'cooperative_approach' AND entity_id = ?")
			.param(id).query(Long.class).single();
		assertThat(this.mvc.post().uri("/admin/changes/" + changeId + "/revert").with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.sql("SELECT title FROM cooperative_approach WHERE id = ?").param(Long.valueOf(id))
			.query(String.class).single()).isEqualTo("Original title");
		assertThat(this.jdbc.sql("SELECT action FROM change_log WHERE entity_id = ? ORDER BY id DESC LIMIT 1").param(id)
			.query(String.class).single()).isEqualTo("revert");
	}

	@Test
	void scriptsTypedIntoAnyTextAreShownInert() {
		String payload = "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\nSome **bold** [link](javascript:alert(1))";
		String location = create("xss-approach", "DRAFT", "<script>alert('title')</script>");
		saveWith(location, "xss-approach", "PUBLISHED", "<script>alert('title')</script>", 0, payload);
		Document page = peruPage();
		assertThat(page.select("#article-6-2 script")).isEmpty();
		assertThat(page.select("#article-6-2 [onerror]")).isEmpty();
		assertThat(page.select("#article-6-2 h3").eachText()).contains("<script>alert('title')</script>");
		assertThat(page.select("#article-6-2 strong").eachText()).contains("bold");
		assertThat(page.select("#article-6-2 a[href^=javascript]")).isEmpty();
	}

	@Test
	void savingWarnsAboutPlaceholdersAndBadLinksWithoutRefusing() {
		String location = create("health-approach", "DRAFT", "Lorem ipsum agreement");
		Document form = html(this.mvc.get().uri(location).exchange());
		assertThat(form.select(".notice--warning").text()).contains("placeholder text “Lorem ipsum”");
		assertThat(this.jdbc.sql("SELECT count(*) FROM cooperative_approach WHERE slug = 'health-approach'")
			.query(Integer.class).single()).isEqualTo(1);
		Document health = html(this.mvc.get().uri("/admin/content-health").exchange());
		assertThat(health.select("a[href=" + location + "]").text()).isEqualTo("Lorem ipsum agreement");
	}

	@Test
	void contentHealthListsWarningsAPageAtATime() {
		for (int i = 0; i < 30; i++) {
			create("placeholder-approach-" + i, "DRAFT", "Lorem ipsum agreement " + i);
		}
		Document first = html(this.mvc.get().uri("/admin/content-health").exchange());
		assertThat(first.select("table.data-table tbody tr")).hasSize(25);
		String pages = first.select(".pagination").text();
		assertThat(pages).containsPattern("Page 1 of [2-9]");
		int lastPage = Integer.parseInt(pages.replaceAll(".*Page 1 of (\\d+).*", "$1"));
		Document beyond = html(this.mvc.get().uri("/admin/content-health?page=99").exchange());
		assertThat(beyond.select(".pagination").text()).contains("Page " + lastPage + " of " + lastPage);
		assertThat(beyond.select(".lead").text()).isEqualTo(first.select(".lead").text());
		List<String> everyTitle = IntStream.rangeClosed(0, lastPage - 1)
			.mapToObj((page) -> html(this.mvc.get().uri("/admin/content-health?page=" + page).exchange()))
			.flatMap((page) -> page.select("table.data-table tbody td a").eachText().stream())
			.toList();
		assertThat(everyTitle).containsAll(IntStream.range(0, 30).mapToObj((i) -> "Lorem ipsum agreement " + i).toList());
	}

	@Test
	void deletingAsksFirstExplainsEffectsAndIsRecorded() {
		String location = create("delete-approach", "DRAFT", "To be deleted");
		String id = location.replaceAll(".*/(\\d+)/edit", "$1");
		Document confirm = html(this.mvc.get().uri("/admin/cooperative-approaches/" + id + "/delete").exchange());
		assertThat(confirm.text()).contains("Its Parties and sectors are removed with it.");
		assertThat(this.mvc.post().uri("/admin/cooperative-approaches/" + id + "/delete").with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.sql("SELECT action FROM change_log WHERE entity_id = ? ORDER BY id DESC LIMIT 1").param(id)
			.query(String.class).single()).isEqualTo("delete");
	}

	private String create(String slug, String status, String title) {
		MvcTestResult result = this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf())
			.params(fields(slug, status, title, null)).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return result.getResponse().getRedirectedUrl();
	}

	private void save(String location, String slug, String status, String title, long version) {
		assertThat(saveResult(location, slug, status, title, version)).hasStatus(HttpStatus.FOUND);
	}

	private void saveWith(String location, String slug, String status, String title, long version, String notes) {
		// the script-laden text draws content-health warnings before publishing; this editor publishes anyway
		assertThat(this.mvc.post().uri(location).with(csrf()).params(fields(slug, status, title, notes))
			.param("version", String.valueOf(version)).param("publishAnyway", "true")).hasStatus(HttpStatus.FOUND);
	}

	private MvcTestResult saveResult(String location, String slug, String status, String title, long version) {
		return this.mvc.post().uri(location).with(csrf()).params(fields(slug, status, title, null))
			.param("version", String.valueOf(version)).exchange();
	}

	private static org.springframework.util.MultiValueMap<String, String> fields(String slug, String status, String title,
			String notes) {
		org.springframework.util.LinkedMultiValueMap<String, String> fields = new org.springframework.util.LinkedMultiValueMap<>();
		fields.add("title", title);
		fields.add("slug", slug);
		fields.add("instrument", "IMPLEMENTING_AGREEMENT");
		fields.add("status", "AGREEMENT_SIGNED");
		fields.add("transferringParties", "PE");
		fields.add("acquiringParties", "JP");
		fields.add("sectors", "transport");
		if (notes != null) {
			fields.add("notes", notes);
		}
		fields.add("publicationStatus", status);
		fields.add("sourceUrl", "https://www.gob.pe/minam");
		fields.add("sourceTitle", "Ministry of the Environment");
		fields.add("sourceRetrievedOn", "2026-11-01");
		fields.add("lastReviewedOn", "2026-11-01");
		return fields;
	}

	private Document peruPage() {
		return html(this.mvc.get().uri("/countries/pe").exchange());
	}

	private static Document html(MvcTestResult result) {
		return Pages.html(result);
	}

}
