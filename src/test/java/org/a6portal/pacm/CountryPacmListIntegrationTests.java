package org.a6portal.pacm;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /countries/{code}/pacm-activities}: a country's full list of Article 6.4 activities, paginated, sortable and
 * filterable from its URL; any page, sort or filter value it cannot mean is a 4xx page that says why.
 */
@IntegrationTest
class CountryPacmListIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void indiasListComesFiftyAtATimeLargestFirstProjectsAndProgrammesBeforeComponents() {
		Document page = Pages.ok(this.mvc, "/countries/in/pacm-activities");
		Elements rows = page.select("table.pacm-table tbody tr:not(.group-row)");
		assertThat(rows).hasSize(50);
		assertThat(page.select(".pacm-count").text()).isEqualTo("Activities 1–50 of 594");
		assertThat(page.select(".pagination").text()).contains("Page 1 of 12");
		assertThat(page.select(".pagination a[rel=next]").attr("href")).isEqualTo("/countries/in/pacm-activities?page=2");
		assertThat(rows.first().id()).isEqualTo(this.jdbc.sql("""
				SELECT slug FROM pacm_activity WHERE host_iso2 = 'IN' AND form <> 'component'
				ORDER BY expected_reductions_tco2e_per_year DESC NULLS LAST, title LIMIT 1
				""").query(String.class).single());
		Document last = Pages.ok(this.mvc, "/countries/in/pacm-activities?page=12");
		assertThat(last.select(".pacm-count").text()).isEqualTo("Activities 551–594 of 594");
		assertThat(last.select("table.pacm-table caption").eachText()).anyMatch((caption) -> caption.startsWith("All "));
	}

	@Test
	void filtersAndSortComeFromTheUrlAndStayInThePaginationLinks() {
		Document page = Pages.ok(this.mvc, "/countries/in/pacm-activities?stage=transition_requested&form=project&sort=title&dir=asc");
		long expected = this.jdbc.sql("""
				SELECT count(*) FROM pacm_activity WHERE host_iso2 = 'IN' AND stage = 'transition_requested' AND form = 'project'
				""").query(Long.class).single();
		assertThat(page.select(".pacm-count").text()).endsWith("of " + expected);
		List<String> titles = page.select("table.pacm-table tbody tr .pacm-title").eachText();
		assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(page.select("table.pacm-table tbody tr td[data-label='UNFCCC stage'] .status").eachText())
			.containsOnly("Transition requested");
		assertThat(page.select("#stage option[selected]").val()).isEqualTo("transition_requested");
		assertThat(page.select("#form option[selected]").val()).isEqualTo("project");
		if (expected > 50) {
			assertThat(page.select(".pagination a[rel=next]").attr("href"))
				.isEqualTo("/countries/in/pacm-activities?stage=transition_requested&form=project&sort=title&page=2");
		}
	}

	@Test
	void peruComponentsAreListedUnderTheirProgramme() {
		Document page = Pages.ok(this.mvc, "/countries/pe/pacm-activities?form=component");
		assertThat(page.select(".group-row").eachText())
			.containsExactly("Components of “Tunki Small Scale Hydropower Program of Activities”");
		assertThat(page.select("table.pacm-table tbody tr:not(.group-row)")).hasSize(4);
	}

	@Test
	void aProgrammeWithSeveralHostsIsOnEachHostsList() {
		for (String host : List.of("bf", "gh", "ml", "sn", "tg")) {
			assertThat(Pages.ok(this.mvc, "/countries/" + host + "/pacm-activities?form=programme")
				.getElementById("unepccc-row-253")).as(host).isNotNull();
		}
	}

	/**
	 * The pages of a list, read one after another, hold each of the country's activities once, in the order the list
	 * promises (projects and programmes, then components by programme, each by the key asked for), for every sort
	 * and direction: the same order as one query over all of them would give, though each page reads only its rows.
	 * India has 12 pages; Ghana co-hosts a programme with four other Parties.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			in | reductions | desc | a.expected_reductions_tco2e_per_year DESC NULLS LAST
			in | reductions | asc  | a.expected_reductions_tco2e_per_year ASC NULLS LAST
			in | title      | asc  | lower(a.title) ASC
			in | title      | desc | lower(a.title) DESC
			in | approved   | desc | a.host_approved_on DESC NULLS LAST
			ke | approved   | asc  | a.host_approved_on ASC NULLS LAST
			gh | reductions | desc | a.expected_reductions_tco2e_per_year DESC NULLS LAST
			gh | title      | asc  | lower(a.title) ASC
			""")
	void pageAfterPageTheListHoldsEveryActivityOnceInItsOrder(String code, String sort, String dir, String orderBy) {
		List<String> expected = this.jdbc.sql("""
				SELECT a.slug FROM pacm_activity a LEFT JOIN pacm_activity p ON p.id = a.programme_id
				WHERE (a.host_iso2 = :iso2 OR EXISTS (SELECT 1 FROM pacm_activity_other_host h
				                                       WHERE h.activity_id = a.id AND h.country_iso2 = :iso2))
				AND a.publication_status = 'published'
				ORDER BY CASE WHEN a.form = 'component' THEN 1 ELSE 0 END, p.title ASC NULLS LAST,
				""" + orderBy + ", a.title, a.id").param("iso2", code.toUpperCase(java.util.Locale.ROOT)).query(String.class).list();
		List<String> listed = new java.util.ArrayList<>();
		int pages = (expected.size() + PacmListQuery.PAGE_SIZE - 1) / PacmListQuery.PAGE_SIZE;
		for (int page = 1; page <= pages; page++) {
			Document html = Pages.ok(this.mvc,
					"/countries/" + code + "/pacm-activities?sort=" + sort + "&dir=" + dir + "&page=" + page);
			listed.addAll(html.select("table.pacm-table tbody tr:not(.group-row)").eachAttr("id"));
		}
		assertThat(expected).hasSizeGreaterThan(2);
		assertThat(listed).containsExactlyElementsOf(expected);
	}

	/**
	 * The "next" and "previous" links carry a cursor (the activity the page begins after, or ends before), so a deep
	 * page reads its rows from there instead of walking every row before it. Following them from the first page to the
	 * last, and back, lists every activity once in the list's order, filters and all, the same rows as the page
	 * numbers alone give.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			in | reductions | desc | a.expected_reductions_tco2e_per_year DESC NULLS LAST |
			in | reductions | asc  | a.expected_reductions_tco2e_per_year ASC NULLS LAST  |
			in | title      | desc | lower(a.title) DESC                                  |
			in | title      | asc  | lower(a.title) ASC                                   | transition_requested
			in | approved   | asc  | a.host_approved_on ASC NULLS LAST                    |
			in | approved   | desc | a.host_approved_on DESC NULLS LAST                   | transition_requested
			ke | reductions | desc | a.expected_reductions_tco2e_per_year DESC NULLS LAST |
			""")
	void theNextAndPreviousLinksLeadThroughTheWholeListInOrder(String code, String sort, String dir, String orderBy,
			String stage) {
		String stageFilter = (stage == null) ? "" : " AND a.stage = '" + stage + "'";
		List<String> expected = this.jdbc.sql("""
				SELECT a.slug FROM pacm_activity a LEFT JOIN pacm_activity p ON p.id = a.programme_id
				WHERE (a.host_iso2 = :iso2 OR EXISTS (SELECT 1 FROM pacm_activity_other_host h
				                                       WHERE h.activity_id = a.id AND h.country_iso2 = :iso2))
				AND a.publication_status = 'published'""" + stageFilter + """

				ORDER BY CASE WHEN a.form = 'component' THEN 1 ELSE 0 END, p.title ASC NULLS LAST,
				""" + orderBy + ", a.title, a.id").param("iso2", code.toUpperCase(java.util.Locale.ROOT)).query(String.class).list();
		assertThat(expected).hasSizeGreaterThan(2 * PacmListQuery.PAGE_SIZE);
		String first = "/countries/" + code + "/pacm-activities?" + ((stage == null) ? "" : "stage=" + stage + "&") + "sort="
				+ sort + "&dir=" + dir;
		List<String> forwards = new java.util.ArrayList<>();
		List<String> hrefs = new java.util.ArrayList<>();
		String href = first;
		while (!href.isEmpty()) {
			Document html = Pages.ok(this.mvc, href);
			forwards.addAll(html.select("table.pacm-table tbody tr:not(.group-row)").eachAttr("id"));
			href = html.select(".pagination a[rel=next]").attr("href");
			hrefs.add(href);
		}
		assertThat(forwards).containsExactlyElementsOf(expected);
		assertThat(hrefs.get(0)).doesNotContain("after=");
		assertThat(hrefs.get(1)).contains("page=3&after=");
		// and back from the last page, page by page
		int pages = (expected.size() + PacmListQuery.PAGE_SIZE - 1) / PacmListQuery.PAGE_SIZE;
		List<List<String>> backwards = new java.util.ArrayList<>();
		href = first + "&page=" + pages;
		while (!href.isEmpty()) {
			Document html = Pages.ok(this.mvc, href);
			backwards.addFirst(html.select("table.pacm-table tbody tr:not(.group-row)").eachAttr("id"));
			href = html.select(".pagination a[rel=prev]").attr("href");
			assertThat(href).doesNotContain("after=");
		}
		assertThat(backwards.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
	}

	/**
	 * A cursor is only a shortcut: one that names no activity of the page's part of the list (another country's, one
	 * that does not exist, a component where the page lists projects) leaves the page its number's rows.
	 */
	@Test
	void aCursorThatIsNotInTheListLeavesThePageItsNumbersRows() {
		List<String> byNumber = Pages.ok(this.mvc, "/countries/in/pacm-activities?page=4")
			.select("table.pacm-table tbody tr:not(.group-row)")
			.eachAttr("id");
		long peruvian = this.jdbc.sql("SELECT min(id) FROM pacm_activity WHERE host_iso2 = 'PE'").query(Long.class).single();
		long component = this.jdbc.sql("SELECT min(id) FROM pacm_activity WHERE host_iso2 = 'IN' AND form = 'component'")
			.query(Long.class)
			.single();
		for (String cursor : List.of("after=" + peruvian, "before=" + peruvian, "after=999999999999", "after=" + component,
				"before=" + component)) {
			assertThat(Pages.ok(this.mvc, "/countries/in/pacm-activities?page=4&" + cursor)
				.select("table.pacm-table tbody tr:not(.group-row)")
				.eachAttr("id")).as(cursor).isEqualTo(byNumber);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			page=999999999            | is not a page of this list
			page=2&after=abc          | is not a place in this list
			page=2&after=0            | is not a place in this list
			page=2&after=-7           | is not a place in this list
			page=2&before=1.5         | is not a place in this list
			page=2&before=9999999999999999999999 | is not a place in this list
			page=2&after=3&before=4   | not both
			""")
	void aCursorTheListCannotMeanIsABadRequestThatSaysWhy(String query, String message) {
		MvcTestResult result = this.mvc.get().uri("/countries/in/pacm-activities?" + query).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).select(".error-page").text()).contains(message);
	}

	@Test
	void aPageFarPastTheLastIsNotFoundWithOrWithoutACursor() {
		for (String query : List.of("page=999999", "page=999999&after=5", "page=13&before=5")) {
			MvcTestResult result = this.mvc.get().uri("/countries/in/pacm-activities?" + query).exchange();
			assertThat(result).as(query).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(Pages.html(result).select(".error-page").text()).as(query).contains("/ 12)");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			page=abc                  | is not a page of this list
			page=0                    | is not a page of this list
			page=-3                   | is not a page of this list
			page=99999999999999999999 | is not a page of this list
			page=1.5                  | is not a page of this list
			sort=population           | cannot be sorted by “population”
			sort=title;drop           | cannot be sorted by
			dir=sideways              | is not an order
			stage=approved            | is not a UNFCCC stage
			stage=<script>            | “<script>” is not a UNFCCC stage
			form=cluster              | is not a form of activity
			""")
	void aValueTheListCannotMeanIsABadRequestThatSaysWhy(String query, String message) {
		MvcTestResult result = this.mvc.get().uri("/countries/in/pacm-activities?" + query).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).select(".error-page").text()).contains(message);
	}

	@Test
	void aPagePastTheLastIsNotFoundAndSaysHowManyThereAre() {
		MvcTestResult result = this.mvc.get().uri("/countries/pe/pacm-activities?page=2").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.html(result).select(".error-page").text()).contains("This list has no such page (asked / last: 2 / 1)");
	}

	@Test
	void theMessageIsInTheVisitorsLanguage() {
		MvcTestResult result = this.mvc.get().uri("/countries/pe/pacm-activities?sort=x&lang=es").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).select(".error-page").text()).contains("La lista no puede ordenarse por «x»");
		Document french = Pages.ok(this.mvc, "/countries/pe/pacm-activities?lang=fr");
		assertThat(french.select("h1").text()).isEqualTo("Activités de l’article 6.4 accueillies par Pérou");
	}

	@Test
	void aCountryWithoutActivitiesSaysSo() {
		Document page = Pages.ok(this.mvc, "/countries/td/pacm-activities");
		assertThat(page.select(".pacm-count").text()).isEqualTo("No activity matches these filters.");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void theListIsAtTheCountrysCanonicalUrl() {
		assertThat(this.mvc.get().uri("/countries/peru/pacm-activities?form=component").exchange())
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/countries/pe/pacm-activities?form=component");
	}

}
