package org.a6portal.overview.capacitybuilding;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * {@code /capacity-building} against the seed data: the directory of published projects, by country, region,
 * organisation and year, the same records as the API list and CSV.
 */
@IntegrationTest
class CapacityBuildingOverviewIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void listsEveryPublishedProjectWithItsCountriesAndNoDraft() {
		Document page = OverviewPages.page(this.mvc, "/capacity-building");
		List<String> published = this.jdbc
			.sql("SELECT slug FROM capacity_building_project WHERE publication_status = 'published'")
			.query(String.class)
			.list();
		assertThat(page.select("h1").text()).isEqualTo("Capacity-building directory");
		assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(published).doesNotContain("cb-neyen-readiness");
		Element iaa6 = rows(page).stream().filter((row) -> row.select("a[href=/capacity-building/cb-iaa6]").size() == 1)
			.findFirst().orElseThrow();
		assertThat(iaa6.select(".overview-countries a[href=/countries/pe#capacity-building]").text()).isEqualTo("Peru");
		assertThat(page.select(".overview-totals dd").first().text()).isEqualTo(Integer.toString(published.size()));
		assertThat(page.select("#world-map svg a[href=/countries/pe]").attr("aria-label")).matches("Peru: \\d+ projects?");
		assertThat(page.select(".overview-regions tbody th").eachText()).contains("Latin America and the Caribbean");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "?country=pe", "?country=GH", "?region=oceania", "?region=africa&year=2024",
			"?year=2019", "?year=2030&sort=started", "?country=pe&sort=countries&dir=asc" })
	void showsTheRecordsTheApiGivesForTheSameQueryString(String query) {
		Document page = OverviewPages.page(this.mvc, "/capacity-building" + query);
		OverviewPages.sameRecordsAsTheApi(this.mvc, page, "/api/v1/capacity-building-projects", ids(page));
	}

	@Test
	void filtersByAnOrganisationItOffers() {
		Document all = OverviewPages.page(this.mvc, "/capacity-building");
		List<String> organisations = all.select("select#organisation option").eachAttr("value").stream()
			.filter((value) -> !value.isEmpty())
			.toList();
		assertThat(organisations).isNotEmpty();
		String organisation = organisations.getFirst();
		String query = "?organisation=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8).replace("+", "%20");
		Document page = OverviewPages.page(this.mvc, "/capacity-building" + query);
		assertThat(rows(page)).isNotEmpty().allSatisfy((row) -> assertThat(row.select("td").get(1).text() + " "
				+ row.select("td").get(2).text()).contains(organisation));
		assertThat(page.select("select#organisation option[selected]").val()).isEqualTo(organisation);
		OverviewPages.sameRecordsAsTheApi(this.mvc, page, "/api/v1/capacity-building-projects", ids(page));
		assertThat(OverviewPages.badRequest(this.mvc, "/capacity-building?organisation=Nobody%20at%20all")
			.select(".error-page").text()).contains("No project names “Nobody at all”");
	}

	@Test
	void aYearOrPageTheDirectoryCannotMeanIsA400() {
		assertThat(OverviewPages.badRequest(this.mvc, "/capacity-building?year=24").select(".error-page").text())
			.contains("“24” is not a year");
		assertThat(OverviewPages.badRequest(this.mvc, "/capacity-building?year=24&lang=es").select(".error-page").text())
			.contains("no es un año");
		assertThat(OverviewPages.badRequest(this.mvc, "/capacity-building?page=9").select(".error-page").text())
			.contains("its last page is page 1");
	}

	private static List<Element> rows(Document page) {
		return page.select(".capacity-overview-table tbody tr");
	}

	private static List<String> ids(Document page) {
		return rows(page).stream()
			.map((row) -> row.select("td a").first().attr("href").replace("/capacity-building/", ""))
			.toList();
	}

}
