package org.a6portal.search;

import java.util.List;
import java.util.stream.Stream;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /search}: on the full application and the seeded database.
 */
@IntegrationTest
@Transactional
class SearchIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void cookstoveFindsPacmActivitiesGroupedWithCountsAndMarked() {
		Document page = Pages.ok(this.mvc, "/search?q=cookstove");
		assertThat(page.select("nav.search-kinds a").eachText()).anyMatch((text) -> text.startsWith("PACM activities ("));
		List<String> links = page.select("section.search-group ol.search-results a").eachAttr("href");
		assertThat(links).isNotEmpty().allMatch((href) -> href.startsWith("/"));
		assertThat(links).anyMatch((href) -> href.startsWith("/pacm-activities/"));
		assertThat(page.select("section.search-group mark").eachText()).isNotEmpty()
			.allMatch((text) -> text.toLowerCase().startsWith("cookstove"));
	}

	@Test
	void accentsAndCaseDoNotMatter() {
		String peru = page("/search?q=Perú").select("p.filter-result").text();
		assertThat(peru).matches("\\d+ records match “Perú”\\.");
		String count = peru.substring(0, peru.indexOf(' '));
		assertThat(page("/search?q=peru").select("p.filter-result").text()).startsWith(count + " records");
		assertThat(page("/search?q=PERU").select("p.filter-result").text()).startsWith(count + " records");
		assertThat(page("/search?q=Perú&kind=country").select("ol.search-results a").eachAttr("href"))
			.contains("/countries/peru");
	}

	@Test
	void unfcccReferenceFindsTheActivity() {
		assertThat(page("/search?q=CDM+project+9116&kind=pacm").select("ol.search-results a").eachAttr("href"))
			.containsExactly("/pacm-activities/cdm-9116");
		assertThat(page("/search?q=9116&kind=pacm").select("ol.search-results a").eachAttr("href"))
			.contains("/pacm-activities/cdm-9116");
	}

	@Test
	void stemmedAndLastWordAsPrefix() {
		assertThat(page("/search?q=cookstoves&kind=pacm").select("p.filter-result").text())
			.isNotEqualTo(page("/search?q=zzzz").select("p.filter-result").text());
		assertThat(page("/search?q=Chaglla+Hydroelec&kind=pacm").select("ol.search-results a").eachAttr("href"))
			.contains("/pacm-activities/cdm-9116");
	}

	@Test
	void spanishNamesOfPartiesFindTheirRecords() {
		Document page = page("/search?q=Suiza+Perú&kind=approach&lang=es");
		assertThat(page.select("ol.search-results a").eachAttr("href")).contains("/cooperative-approaches/ca-ch-pe");
	}

	@Test
	void aRecordsTextIsEscapedAndAnEditReachesTheIndex() {
		this.jdbc.sql("UPDATE pacm_activity SET title = 'Zyxwv <script>alert(1)</script> stoves' WHERE slug = 'cdm-9116'")
			.update();
		MvcTestResult result = this.mvc.get().uri("/search?q=zyxwv").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("<mark>Zyxwv</mark> &lt;script&gt;").doesNotContain("<script>alert");
	}

	@Test
	void nothingFoundSuggestsCountryNames() {
		Document page = page("/search?q=Perru");
		assertThat(page.select("p.filter-result").text()).isEqualTo("No record matches “Perru”.");
		assertThat(page.select("main a[href^=/search]").eachText()).contains("Peru");
	}

	@Test
	void pagesOfOneKind() {
		Document first = page("/search?q=energy&kind=pacm");
		assertThat(first.select("ol.search-results li")).hasSize(SearchQuery.PAGE_SIZE);
		assertThat(first.select("nav.pagination a[rel=next]").attr("href")).contains("page=2");
		Document second = page("/search?q=energy&kind=pacm&page=2");
		assertThat(second.select("ol.search-results a").eachAttr("href"))
			.doesNotContainAnyElementsOf(first.select("ol.search-results a").eachAttr("href"));
	}

	@Test
	void countsStopAtTheCapAndThePageSaysSo() {
		// "energy" matches about 2,300 PACM activities of the seed data: more than the cap
		Document all = page("/search?q=energy");
		assertThat(all.select("p.filter-result").text()).isEqualTo("More than 1,000 records match “energy”.");
		assertThat(all.select("main p").eachText()).anyMatch((text) -> text.startsWith("Counts stop at 1,000"));
		assertThat(all.select("nav.search-kinds a").eachText()).contains("All (more than 1,000)",
				"PACM activities (more than 1,000)", "Cooperative approaches (11)");
		assertThat(all.select("section.search-group a[href*=kind=pacm]").eachText())
			.containsExactly("The first 1,000 PACM activities");
		assertThat(all.select("section.search-group ol.search-results a[href^=/pacm-activities/]"))
			.hasSize(SearchController.FIRST_OF_EACH);
		// the first of the overview are the first of the kind's own list: the same candidates, ranked the same
		assertThat(page("/search?q=energy&kind=pacm").select("ol.search-results a").eachAttr("href"))
			.startsWith(all.select("section.search-group ol.search-results a[href^=/pacm-activities/]")
				.eachAttr("href")
				.toArray(String[]::new));
		// 1,000 listed, 20 a page: page 50 is the last
		Document last = page("/search?q=energy&kind=pacm&page=50");
		assertThat(last.select("ol.search-results li")).hasSize(SearchQuery.PAGE_SIZE);
		assertThat(last.select("nav.pagination a[rel=next]")).isEmpty();
		assertThat(this.mvc.get().uri("/search?q=energy&kind=pacm&page=51").exchange()).hasStatus(400);
		Document spanish = page("/search?q=energy&lang=es");
		assertThat(spanish.select("p.filter-result").text()).isEqualTo("Más de 1.000 registros coinciden con «energy».");
	}

	@Test
	void theCanonicalAndLanguageLinksKeepTheSearch() {
		Document french = page("/search?q=Énergie&kind=pacm&page=2&lang=fr");
		assertThat(french.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/search?q=%C3%89nergie&kind=pacm&page=2");
		assertThat(french.select("nav.languages a[hreflang=es]").attr("href"))
			.isEqualTo("/search?q=%C3%89nergie&kind=pacm&page=2&lang=es");
		// page 1 and the overview of every kind leave out what they do not need
		assertThat(page("/search?q=cookstove&kind=pacm&page=1").select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/search?q=cookstove&kind=pacm");
		MvcTestResult spaced = this.mvc.get().uri("/search").param("q", "  solar   energy ").exchange();
		assertThat(Pages.html(spaced).select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/search?q=solar+++energy");
		assertThat(page("/search").select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/search");
	}

	static Stream<String> badInput() {
		return Stream.of("a".repeat(10_000), "\"unbalanced", "'", "cook & | ! stove", ":*", "a <-> b", "!!!", "",
				"()", "\\", "cookstove:*", "%", "ü&é");
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void strangeInputGivesAPageNeverA500(String q) {
		MvcTestResult result = this.mvc.get().uri("/search").param("q", q).exchange();
		int status = result.getResponse().getStatus();
		assertThat(status).isIn(200, 400);
		Document page = Pages.html(result);
		assertThat(page.select("main h1").text()).isNotBlank();
		if (status == 400) {
			assertThat(page.select("main").text()).contains("200 characters");
		}
	}

	@Test
	void controlCharactersAndBadParametersAre400() {
		assertThat(this.mvc.get().uri("/search").param("q", "cook\u0000stove").exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/search").param("q", "cook").param("kind", "nope").exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/search").param("q", "cookstove").param("kind", "pacm").param("page", "999")
			.exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/search").param("q", "cookstove").param("page", "-1").exchange()).hasStatus(400);
	}

	@Test
	void everyPageHasTheSearchBox() {
		Document page = page("/countries/pe");
		assertThat(page.select("header form[role=search][action=/search] label[for=site-search-q]")).hasSize(1);
		assertThat(page.select("header input#site-search-q[name=q]")).hasSize(1);
	}

	private Document page(String uri) {
		return Pages.ok(this.mvc, uri);
	}

}
