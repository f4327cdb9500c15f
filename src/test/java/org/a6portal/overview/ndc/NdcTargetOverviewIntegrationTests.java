package org.a6portal.overview.ndc;

import java.util.List;

import org.a6portal.overview.OverviewPages;
import org.a6portal.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /ndc-targets} against the seed data: every published NDC target, filtered with the API's parameters, the
 * same records as the API list and CSV, a summary by region and a map.
 */
@IntegrationTest
class NdcTargetOverviewIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void listsEveryPublishedTargetEachLinkingToItsRowOnItsSetsPage() {
		Document page = OverviewPages.page(this.mvc, "/ndc-targets");
		long published = this.jdbc.sql("SELECT count(*) FROM ndc_target WHERE publication_status = 'published'")
			.query(Long.class)
			.single();
		assertThat(page.select("h1").text()).isEqualTo("NDC targets across countries");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/ndc-targets");
		assertThat(page.select(".overview-count").text()).startsWith(published + " results");
		assertThat(rows(page)).hasSize((int) Math.min(published, 50));
		Element peru = page.select("tbody tr:has(a[href=/ndc-targets/ndc-pe-2025#" + firstTargetOf("ndc-pe-2025") + "])").first();
		assertThat(peru).isNotNull();
		assertThat(peru.select("th a").attr("href")).isEqualTo("/countries/pe#national-targets");
		assertThat(page.select(".overview-totals dd").first().text()).isEqualTo(Long.toString(published));
		assertThat(page.select(".overview-regions tbody th").eachText()).contains("Latin America and the Caribbean", "Asia");
		assertThat(page.select("#world-map svg a[href=/countries/pe]").attr("aria-label")).matches("Peru: \\d+ targets");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "?country=pe", "?country=PE&conditional=true", "?region=africa",
			"?targetType=base_year&targetYear=2030", "?netZeroYear=2050", "?conditional=false&region=asia",
			"?country=ch&targetType=intensity" })
	void showsTheRecordsTheApiGivesForTheSameQueryString(String query) {
		Document page = OverviewPages.page(this.mvc, "/ndc-targets" + query);
		List<String> ids = rows(page).stream()
			.map((row) -> row.select("td a[href^=/ndc-targets/]").attr("href").replaceFirst(".*#", ""))
			.toList();
		OverviewPages.sameRecordsAsTheApi(this.mvc, page, "/api/v1/ndc-targets", ids);
	}

	@Test
	void filtersKeepTheirStateInTheFormTheLinksAndTheCanonicalAddress() {
		Document page = OverviewPages.page(this.mvc, "/ndc-targets?country=pe&conditional=true&sort=year&dir=desc");
		assertThat(page.select("select#country option[selected]").val()).isEqualTo("pe");
		assertThat(page.select("select#conditional option[selected]").val()).isEqualTo("true");
		assertThat(page.select("select#sort option[selected]").val()).isEqualTo("year");
		assertThat(page.select("select#dir option[selected]").val()).isEqualTo("desc");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/ndc-targets?country=pe&conditional=true&sort=year&dir=desc");
		assertThat(page.select(".overview-data a[type=text/csv]").attr("href"))
			.isEqualTo("/api/v1/ndc-targets.csv?country=pe&conditional=true");
		assertThat(rows(page)).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.select("th a").attr("href")).isEqualTo("/countries/pe#national-targets");
			assertThat(row.select("td").get(4).text()).isEqualTo("Conditional");
		});
		List<Integer> years = rows(page).stream().map((row) -> row.select("td").get(2).text())
			.filter((text) -> text.matches("\\d{4}")).map(Integer::valueOf).toList();
		assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void readsInSpanishAndFrench() {
		assertThat(OverviewPages.page(this.mvc, "/ndc-targets?lang=es").select("h1").text()).isEqualTo("Metas de las NDC por país");
		Document french = OverviewPages.page(this.mvc, "/ndc-targets?country=pe&lang=fr");
		assertThat(french.select("h1").text()).isEqualTo("Objectifs des CDN par pays");
		assertThat(french.select("tbody th a").first().text()).isEqualTo("Pérou");
	}

	@Test
	void aFilterNobodyMatchesSaysSoAndAValueTheListCannotMeanIsA400() {
		Document none = OverviewPages.page(this.mvc, "/ndc-targets?country=tv");
		assertThat(none.select(".overview-count").text()).isEqualTo("No results match these filters.");
		assertThat(rows(none)).isEmpty();
		assertThat(OverviewPages.badRequest(this.mvc, "/ndc-targets?country=zz").select(".error-page").text())
			.contains("“zz” is not the code of a country");
		assertThat(OverviewPages.badRequest(this.mvc, "/ndc-targets?targetYear=20300").select(".error-page").text())
			.contains("is not a target year");
		assertThat(OverviewPages.badRequest(this.mvc, "/ndc-targets?page=2").select(".error-page").text())
			.contains("its last page is page 1");
	}

	private String firstTargetOf(String set) {
		return this.jdbc.sql("""
				SELECT t.slug FROM ndc_target t JOIN ndc_submission s ON s.id = t.submission_id
				WHERE s.slug = ? AND t.publication_status = 'published' ORDER BY t.id LIMIT 1
				""").param(set).query(String.class).single();
	}

	private static List<Element> rows(Document page) {
		return page.select(".ndc-overview-table tbody tr");
	}

}
