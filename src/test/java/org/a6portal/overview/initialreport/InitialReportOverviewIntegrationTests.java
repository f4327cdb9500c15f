package org.a6portal.overview.initialreport;

import java.util.List;

import org.a6portal.overview.OverviewPages;
import org.a6portal.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /initial-reports} against the seed data (two published reports: Ghana, Guyana).
 */
@IntegrationTest
class InitialReportOverviewIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsThePublishedReportsEachLinkingToItsPage() {
		Document page = OverviewPages.page(this.mvc, "/initial-reports");
		assertThat(page.select("h1").text()).isEqualTo("Article 6.2 initial reports");
		assertThat(page.select(".overview-count").text()).startsWith("2 results");
		assertThat(rows(page)).extracting((row) -> row.select("td a").first().attr("href"))
			.containsExactlyInAnyOrder("/initial-reports/ir-gh-1", "/initial-reports/ir-gy-1");
		assertThat(page.select(".overview-regions tbody th").eachText())
			.containsExactly("Africa", "Latin America and the Caribbean");
		assertThat(page.select("#world-map svg a[href=/countries/gh]").attr("aria-label")).isEqualTo("Ghana: 1 report");
		assertThat(page.select("select#country option").eachAttr("value")).containsExactly("", "gh", "gy");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "?country=gh", "?country=GY", "?reviewStatus=submitted", "?region=africa",
			"?region=europe", "?reviewStatus=review_published&sort=title" })
	void showsTheRecordsTheApiGivesForTheSameQueryString(String query) {
		Document page = OverviewPages.page(this.mvc, "/initial-reports" + query);
		List<String> ids = rows(page).stream()
			.map((row) -> row.select("td a").first().attr("href").replace("/initial-reports/", ""))
			.toList();
		OverviewPages.sameRecordsAsTheApi(this.mvc, page, "/api/v1/initial-reports", ids);
	}

	@Test
	void sortsByTitleOrPartyAndKeepsTheStateInTheAddress() {
		Document page = OverviewPages.page(this.mvc, "/initial-reports?sort=country&dir=desc&lang=es");
		assertThat(rows(page)).extracting((row) -> row.select("td").get(1).text()).containsExactly("Guyana", "Ghana");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/initial-reports?sort=country&dir=desc");
		assertThat(page.select("h1").text()).isEqualTo("Informes iniciales del artículo 6.2");
	}

	@Test
	void aValueTheListCannotMeanIsA400InTheVisitorsLanguage() {
		assertThat(OverviewPages.badRequest(this.mvc, "/initial-reports?reviewStatus=approved").select(".error-page").text())
			.contains("“approved” is not a stage of review");
		assertThat(OverviewPages.badRequest(this.mvc, "/initial-reports?sort=date&lang=fr").select(".error-page").text())
			.contains("date");
		assertThat(OverviewPages.badRequest(this.mvc, "/initial-reports?country=xx").select("h1").text())
			.isEqualTo("This address cannot be read");
	}

	private static List<Element> rows(Document page) {
		return page.select(".overview tbody tr:has(td)").stream().filter((row) -> !row.select("a[href^=/initial-reports/]").isEmpty()).toList();
	}

}
