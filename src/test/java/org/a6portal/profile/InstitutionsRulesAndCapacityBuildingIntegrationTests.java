package org.a6portal.profile;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host Party's Article 6 institutions and rules in its sustainable-development section, and the capacity-building
 * projects of 2026-11-30 (regional ones included) where a reader finds them, against the seed data.
 */
@IntegrationTest
class InstitutionsRulesAndCapacityBuildingIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void kenyasRulesAreGroupedByTopicEachWithItsAuthorityDateAndSources() {
		Element section = section("/countries/ke", "sustainable-development");
		assertThat(section.select(".sd-topic > h3").eachText()).containsExactly("Designated national authority",
				"National regulations");
		assertThat(section.select(".sd-rules > .section-intro").text()).isEqualTo(
				"Kenya’s Article 6 institutions and rules, summarised in our own words: each as outlined in the "
						+ "document named and in the source cited under it.");
		Element regulations = section.getElementById("sd-ke-carbon-markets-regulations-2024");
		assertThat(regulations).isNotNull();
		assertThat(regulations.select("h4").text()).isEqualTo("The Climate Change (Carbon Markets) Regulations, 2024");
		assertThat(regulations.select("dl.facts dt").eachText()).containsExactly("Authority", "Date");
		assertThat(regulations.select("dl.facts dd").eachText()).containsExactly(
				"Ministry of Environment, Climate Change and Forestry (Cabinet Secretary)", "17 May 2024");
		// one rule, two sources, two paragraphs
		assertThat(regulations.select(".prose p")).hasSize(2);
		assertThat(regulations.select(".source a").eachAttr("href")).containsExactly(
				"https://cliffedekkerhofmeyr.com/news/publications/2024/Practice/Environmental/environmental-law-alert-31-may-Kenya-unveils-Carbon-Market-Regulations",
				"https://climate-laws.org/document/the-climate-change-carbon-markets-regulations-2024_e0fd");
		assertThat(regulations.select(".source").text()).contains("last reviewed 30 November 2026");
		// the initial-report and Article 6.4 SD tool content stays
		assertThat(section.text()).contains("Sustainable Development Tool");
	}

	@Test
	void datesAreShownOnlyAsFarAsTheSourceGivesThemInEveryLanguage() {
		Element ghana = section("/countries/gh", "sustainable-development");
		assertThat(ghana.select("#sd-gh-international-carbon-markets-framework dl.facts time").text()).isEqualTo("December 2022");
		assertThat(ghana.select("#sd-gh-carbon-market-office dl.facts time")).isEmpty();
		assertThat(ghana.select("#sd-gh-carbon-market-office dl.facts dt").eachText()).containsExactly("Authority");
		// the initial report keeps its place under the rules
		assertThat(ghana.select("#ir-gh-1")).hasSize(1);
		Element french = section("/countries/gh?lang=fr", "sustainable-development");
		assertThat(french.select("#sd-gh-international-carbon-markets-framework dl.facts time").text())
			.isEqualTo("décembre 2022");
		assertThat(french.select(".sd-topic > h3").eachText()).contains("Cadre d’autorisation");
		Element kenyaInSpanish = section("/countries/ke?lang=es", "sustainable-development");
		assertThat(kenyaInSpanish.select("#sd-ke-carbon-markets-regulations-2024 dl.facts time").text())
			.isEqualTo("17 de mayo de 2024");
		assertThat(section("/countries/ke", "sustainable-development").select("#sd-ke-carbon-markets-regulations-2024 time")
			.attr("datetime")).isEqualTo("2024-05-17");
	}

	@Test
	void perusRegistryRegulationSitsBesideItsOtherSections() {
		Element section = section("/countries/pe", "sustainable-development");
		assertThat(section.select(".sd-topic > h3").eachText()).containsExactly("National regulations");
		Element renami = section.getElementById("sd-pe-renami");
		assertThat(renami).isNotNull();
		assertThat(renami.select("h4").text()).startsWith("Supreme Decree No. 019-2025-MINAM");
		assertThat(renami.select(".badge").text()).isEqualTo("Articles 6.2 and 6.4");
		assertThat(section.select(".empty")).isEmpty();
	}

	@Test
	void aCountryWithoutRulesStillSaysSo() {
		Element section = section("/countries/td", "sustainable-development");
		assertThat(section.select(".sd-rules")).isEmpty();
		assertThat(section.select(".empty").text()).isEqualTo("No sustainable development information recorded for Chad yet.");
	}

	@Test
	void projectsWithCountriesShowAsCardsOnEachOfTheirPages() {
		for (String code : new String[] { "bj", "bf", "ci", "gm", "gh" }) {
			Element card = section("/countries/" + code, "capacity-building").getElementById("cb-waa-a6-readiness");
			assertThat(card).as(code).isNotNull();
			assertThat(card.select("a.card__more").attr("href")).isEqualTo("/capacity-building/cb-waa-a6-readiness");
			assertThat(card.select("a.card__more").text()).startsWith("Read more");
		}
		Element nepal = section("/countries/np", "capacity-building").getElementById("cb-gggi-mats");
		assertThat(nepal).isNotNull();
		// the card's excerpt reads the Markdown link as text
		assertThat(nepal.select(".card__summary").text()).doesNotContain("](");
	}

	@Test
	void regionalProjectsNamingNoCountryHaveTheirOwnPageAndAreInTheSitemap() throws Exception {
		Document page = Pages.ok(this.mvc, "/capacity-building/cb-adb-a6sf");
		assertThat(page.select("h1").text()).isEqualTo("Article 6 Support Facility (ADB TA 9695-REG)");
		assertThat(page.select("#project-countries-heading + .empty").text()).isEqualTo("The sources name no country for this project yet.");
		assertThat(Pages.ok(this.mvc, "/capacity-building/cb-gggi-mats").select(".lead a").attr("href"))
			.startsWith("https://gggi.org/report/summary-report-designing-governance-structures");
		MvcTestResult sitemap = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(sitemap).hasStatusOk();
		String xml = sitemap.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml).contains("/capacity-building/cb-adb-a6sf</loc>", "/capacity-building/cb-unfccc-a6-cbwp</loc>",
				"/capacity-building/cb-undp-a62-course</loc>", "/capacity-building/cb-gggi-mats</loc>");
		// on no country page
		assertThat(section("/countries/ph", "capacity-building").getElementById("cb-adb-a6sf")).isNull();
	}

	private Element section(String uri, String id) {
		Element section = Pages.ok(this.mvc, uri).getElementById(id);
		assertThat(section).as(uri + "#" + id).isNotNull();
		return section;
	}

}
