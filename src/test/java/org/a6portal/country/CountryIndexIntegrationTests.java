package org.a6portal.country;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country index and the home page.
 */
@IntegrationTest
class CountryIndexIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void indexListsEveryCountryGroupedByRegionWithItsCounts() {
		Document page = page("/countries");
		assertThat(page.select(".country-list li")).hasSize(250);
		assertThat(page.select("section.region h2").eachText()).startsWith("Africa", "Asia", "Europe",
				"Latin America and the Caribbean", "Northern America", "Oceania");
		Element peru = page.select("#region-latin_america_caribbean a[href=/countries/pe]").first().parent();
		assertThat(peru.select(".badge").eachText()).containsExactly("6.2: 3", "6.4: 19");
		// a programme with several hosts counts for each
		Element togo = page.select("a[href=/countries/tg]").first().parent();
		assertThat(togo.select(".badge").eachText()).contains("6.4: " + this.jdbc.sql("""
				SELECT count(*) FROM pacm_activity a WHERE a.host_iso2 = 'TG'
				OR a.id IN (SELECT activity_id FROM pacm_activity_other_host WHERE country_iso2 = 'TG')
				""").query(Long.class).single());
	}

	@Test
	void filterMatchesNamesInEveryLanguageAndCodes() {
		assertThat(page("/countries?q=per").select(".country-list a").eachText()).contains("Peru");
		MvcTestResult french = this.mvc.get().uri("/countries").param("q", "Pérou").exchange();
		assertThat(Pages.html(french).select(".country-list a").eachText()).containsExactly("Peru");
		assertThat(page("/countries?q=PER").select(".country-list a").eachText()).contains("Peru");
		assertThat(page("/countries?q=suiza").select(".country-list a").eachText()).containsExactly("Switzerland");
	}

	@Test
	void filterWithoutMatchesSaysHowToSearch() {
		Document page = page("/countries?q=atlantis");
		assertThat(page.select(".country-list li")).isEmpty();
		assertThat(page.select(".filter-result").text()).isEqualTo("No country matches “atlantis”.");
		assertThat(page.select("main input[name=q]").val()).isEqualTo("atlantis");
	}

	@Test
	void overlongFilterIsABadRequest() {
		MvcTestResult result = this.mvc.get().uri("/countries?q=" + "a".repeat(101)).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).text()).contains("longer than any country name");
	}

	@Test
	void homeExplainsThePortalAndLinksToTheMostActiveCountries() {
		Document page = page("/");
		assertThat(page.select("h1").text()).isEqualTo("Article 6 country profiles");
		assertThat(page.select(".country-tiles a").eachAttr("href")).startsWith("/countries/in", "/countries/cn");
		assertThat(page.select(".region-list a").eachAttr("href")).contains("/countries#region-africa");
	}

	@Test
	void unknownPageIsAHelpfulNotFound() {
		MvcTestResult result = this.mvc.get().uri("/no/such/page").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
	}

	private Document page(String uri) {
		return Pages.ok(this.mvc, uri);
	}

}
