package org.a6portal.profile;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country page's 6.2, 6.4 and sustainable-development sections, and the full 6.4 list, link each record's title
 * to the record's own page, and every such link answers 200.
 */
@IntegrationTest
class RecordLinksIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void countryPageLinksEachApproachAndActivityTitleToItsPage() {
		Document page = Pages.ok(this.mvc, "/countries/pe");
		List<String> approaches = page.select("#article-6-2 article.record h3 a").eachAttr("href");
		List<String> published = this.jdbc.sql("SELECT '/cooperative-approaches/' || a.slug FROM cooperative_approach a "
				+ "JOIN cooperative_approach_party p ON p.approach_id = a.id WHERE p.country_iso2 = 'PE' "
				+ "AND a.publication_status = 'published'").query(String.class).list();
		assertThat(approaches).isNotEmpty().containsExactlyInAnyOrderElementsOf(published);
		assertThat(page.select("#article-6-2 h3 a[href=/cooperative-approaches/ca-ch-pe]").text())
			.startsWith("Implementing Agreement to the Paris Agreement between the Swiss Confederation");
		List<String> activities = page.select("#article-6-4 a.pacm-title").eachAttr("href");
		assertThat(activities).isNotEmpty().allSatisfy((href) -> assertThat(href).startsWith("/pacm-activities/"));
		for (String href : List.of(approaches.getFirst(), activities.getFirst(), activities.getLast())) {
			assertThat(this.mvc.get().uri(href)).hasStatusOk();
		}
	}

	@Test
	void fullPacmListLinksEachTitleToItsPage() {
		Document list = Pages.ok(this.mvc, "/countries/pe/pacm-activities");
		List<String> rows = list.select("tr[id]").eachAttr("id");
		assertThat(rows).isNotEmpty();
		assertThat(list.select("a.pacm-title").eachAttr("href"))
			.containsExactlyElementsOf(rows.stream().map((slug) -> "/pacm-activities/" + slug).toList());
	}

	@Test
	void sustainableDevelopmentSectionLinksEachInitialReportToItsPage() {
		Document page = Pages.ok(this.mvc, "/countries/gh");
		assertThat(page.select("#sustainable-development a[href=/initial-reports/ir-gh-1]").text())
			.isEqualTo("Initial report under Article 6.2");
		assertThat(this.mvc.get().uri("/initial-reports/ir-gh-1")).hasStatusOk();
	}

}
