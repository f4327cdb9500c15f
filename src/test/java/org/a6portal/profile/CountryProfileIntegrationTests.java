package org.a6portal.profile;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Peru profile page with its seeded facts, through real HTTP handling and a real database.
 */
@IntegrationTest
class CountryProfileIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void sectionsAppearInTheAgreedOrderWithStableAnchors() {
		Document page = peru();
		List<String> ids = page.select("section.profile-section").eachAttr("id");
		assertThat(ids).containsExactly("article-6-2", "article-6-4", "sectors", "national-targets",
				"sustainable-development", "capacity-building");
		for (String id : ids) {
			assertThat(page.select("#" + id + " h2#" + id + "-heading")).as("heading of %s", id).hasSize(1);
			assertThat(page.select("#" + id + " a[href=#" + id + "]")).as("links to %s inside it", id).hasSize(1);
		}
	}

	@Test
	void sectionHeadingsHoldOnlyTheirNameAndTheOneLinkToTheSectionSaysWhichSection() {
		Document page = peru();
		assertThat(page.select("section.profile-section h2 a")).as("links inside section headings").isEmpty();
		assertThat(page.select("#article-6-2-heading").text()).isEqualTo("Article 6.2 | Cooperative approaches");
		Element link = page.selectFirst("#article-6-2 a.copy-link");
		assertThat(link.text()).isEqualTo("Link");
		assertThat(link.attr("aria-label")).isEqualTo("Link to the section “Article 6.2 | Cooperative approaches”");
	}

	@Test
	void headerShowsNameSummaryAndLastUpdated() {
		Document page = peru();
		assertThat(page.select("h1").text()).isEqualTo("Peru");
		assertThat(page.select(".profile-header__summary").text())
			.isEqualTo("High-level information on Article 6 cooperation and activities for Peru");
		assertThat(page.select(".last-updated time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void cooperativeApproachesOfPeruAreInTheirSectionWithPartnersAndSources() {
		Element section = peru().getElementById("article-6-2");
		assertThat(section.select("article.record")).hasSize(3);
		assertThat(section.select("article.record dd a").eachText()).containsExactlyInAnyOrder("Switzerland", "Singapore",
				"Korea, Republic of");
		Element swiss = section.getElementById("ca-ch-pe");
		assertThat(swiss.text()).contains("20 October 2020", "Implementing agreement", "Transferring (host) Party");
		assertThat(swiss.select("p.source a").attr("href"))
			.isEqualTo("https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-80708.html");
	}

	@Test
	void emptyPacmSectionSaysSoInWords() {
		Element section = Pages.ok(this.mvc, "/countries/td").getElementById("article-6-4");
		assertThat(section.select(".empty").text()).startsWith("No Article 6.4 activity recorded for Chad yet");
		assertThat(section.select("table, .pacm-summary, .more-link")).isEmpty();
	}

	@Test
	void peruListsItsNineteenTransitioningActivitiesWithTheirSources() {
		Element section = peru().getElementById("article-6-4");
		assertThat(section.select(".empty")).isEmpty();
		assertThat(section.select(".pacm-summary").text()).contains("19", "13 projects", "2 programmes",
				"4 components of programmes", "Transition requested: 19", "tCO2e per year");
		Elements rows = section.select("table.pacm-table tbody tr:not(.group-row)");
		assertThat(rows).hasSize(19);
		// one source for all 19, named once under the tables
		assertThat(section.select("p.source").text()).startsWith("Source of every row: UNEP-CCC CDM Pipeline");
		assertThat(section.select("p.source a").attr("href")).isEqualTo("https://unepccc.org/cdm-ji-pipeline/");
		// the largest first, in a compact table whose every cell is labelled for phones
		assertThat(rows.first().id()).isEqualTo(largestProjectOfPeru());
		assertThat(section.select("table.data-table--stack td:not([data-label])")).isEmpty();
		// the components under their programme, apart from projects and programmes
		Element components = section.select("table.pacm-table").get(1);
		assertThat(components.select(".group-row").text())
			.isEqualTo("Components of “Tunki Small Scale Hydropower Program of Activities”");
		assertThat(components.select("tbody tr:not(.group-row)")).hasSize(4);
		assertThat(section.select(".more-link a").attr("href")).isEqualTo("/countries/pe/pacm-activities");
	}

	@Test
	void itmoEventsAreListedUnderTheirApproachWithWhatTheirVolumeMeansAndTheirSource() {
		Element swiss = peru().getElementById("ca-ch-pe");
		Element ceiling = swiss.getElementById("ev-pe-ch-tukiwasi-mopa");
		assertThat(ceiling.closest("table").hasClass("data-table--stack")).isTrue();
		assertThat(ceiling.select("td").eachAttr("data-label")).containsExactly("Date", "Event", "Volume (tCO2e)", "Source");
		assertThat(ceiling.text()).contains("November 2021 (month only)", "Purchase agreement", "960,000", "contract ceiling");
		assertThat(ceiling.select("td[data-label=Source] a").attr("href"))
			.isEqualTo("https://www.klimarappen.ch/de/Programm-Tuki-Wasi-Peru.46.html");
		assertThat(swiss.getElementById("ev-pe-ch-tukiwasi-renami").text()).contains("Registration", "726,000", "estimate");
		// the Swiss–Ghana approach, on Ghana's page, with its dated first transfer
		Element ghana = Pages.ok(this.mvc, "/countries/gh").getElementById("ca-ch-gh");
		assertThat(ghana.getElementById("ev-gh-ch-cookstove-first-transfer").text()).contains("8 July 2025", "Transfer",
				"11,733", "transferred");
		// an event its source ties to no listed approach is shown on its host's page all the same
		Element guyana = Pages.ok(this.mvc, "/countries/gy").getElementById("article-6-2");
		assertThat(guyana.getElementById("ev-gy-art-trees-ca").text()).contains("28 February 2024", "7,140,000", "issued");
		// and not on the page of a Party it does not involve
		assertThat(peru().getElementById("ev-gy-art-trees-ca")).isNull();
	}

	@Test
	void itmoEventsAreShownInSpanish() {
		Element swiss = Pages.ok(this.mvc, "/countries/pe?lang=es").getElementById("ev-pe-ch-tukiwasi-mopa");
		assertThat(swiss.text()).contains("Acuerdo de compra", "tope contractual");
		assertThat(swiss.select("td").eachAttr("data-label")).contains("Fecha", "Fuente");
		assertThat(swiss.select("td[data-label=Hecho] span[lang=en]")).isNotEmpty();
	}

	@Test
	void theCurrentNdcDocumentIsLinkedFromTheNationalTargetsSection() {
		Element section = peru().getElementById("national-targets");
		Element current = section.selectFirst(".current-ndc li");
		assertThat(current.text()).startsWith("Current NDC: Peru’s Updated Nationally Determined Contribution (NDC 3.0), "
				+ "submitted 6 November 2025");
		assertThat(current.select("a").first().attr("href"))
			.isEqualTo("https://unfccc.int/sites/default/files/2025-11/Documento%20NDC%203.0_UNFCCC.pdf");
		assertThat(current.select("p.source a").attr("href")).isEqualTo("https://unfccc.int/NDCREG");
		// also where no target is recorded yet
		Element chad = Pages.ok(this.mvc, "/countries/td").getElementById("national-targets");
		assertThat(chad.select(".empty")).hasSize(1);
		assertThat(chad.select(".current-ndc li")).hasSize(1);
		assertThat(chad.select(".current-ndc li > a").attr("href")).startsWith("https://unfccc.int/");
		// in the page's language, language versions of one day told apart
		Element canada = Pages.ok(this.mvc, "/countries/ca?lang=es").getElementById("national-targets");
		assertThat(canada.select(".current-ndc li").eachText()).hasSize(2)
			.allSatisfy((text) -> assertThat(text).startsWith("NDC vigente: Canada's 2035 NDC, presentada el"))
			.anySatisfy((text) -> assertThat(text).contains("(en francés)"));
		assertThat(canada.select(".current-ndc li > a").first().attr("lang")).isEqualTo("en");
	}

	@Test
	void rowsOfDifferentSourcesNameEachTheirOwn() {
		Element section = Pages.ok(this.mvc, "/countries/mm").getElementById("article-6-4");
		assertThat(section.select("p.source")).isEmpty();
		assertThat(section.select("#pacm-mm-10415 td[data-label=Source] a").attr("href"))
			.startsWith("https://calyxglobal.com/");
		assertThat(section.select("tr:not(.group-row) td[data-label=Source] a").eachAttr("href"))
			.contains("https://unepccc.org/cdm-ji-pipeline/");
	}

	@Test
	void guyanasInitialReportIsInItsSustainableDevelopmentSectionWithItsSource() {
		Element section = Pages.ok(this.mvc, "/countries/gy").getElementById("sustainable-development");
		assertThat(section.select(".empty")).isEmpty();
		Element report = section.getElementById("ir-gy-1");
		assertThat(report.select("strong").text()).startsWith("Initial report under Article 6.2");
		assertThat(report.select(".notes").text()).contains("on or before 19 Apr 2024");
		assertThat(report.select("p.source a").attr("href")).startsWith("https://miragenews.com/");
	}

	@Test
	void indiaShowsASummaryAndItsLargestActivitiesNotACardPerRecord() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/countries/in").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(150 * 1024);
		Element section = Pages.html(result).getElementById("article-6-4");
		assertThat(section.select("article.record")).isEmpty();
		assertThat(section.select("table.pacm-table tbody tr:not(.group-row)")).hasSizeLessThanOrEqualTo(23);
		assertThat(section.select(".pacm-summary").text()).contains("594");
		assertThat(section.select(".more-link a").first().text()).isEqualTo("All 594 Article 6.4 activities of India: sort and filter them");
	}

	@Test
	void sectorChartIsDrawnOnTheServerWithATableAlternative() {
		Element section = peru().getElementById("sectors");
		assertThat(section.select("[role=img][aria-labelledby=sectors-caption] .bar-chart__row .bar-chart__label").eachText())
			.contains("Household energy", "Energy supply");
		assertThat(section.select(".bar-chart svg text")).as("text drawn inside the scaled SVG").isEmpty();
		assertThat(section.select(".bar-chart rect.bar-chart__a62")).isNotEmpty();
		assertThat(section.select("table tbody th").eachText()).contains("Household energy", "Energy supply");
	}

	@Test
	void indiaCountsItsActivitiesBySectorAndShowsTheirActivityTypesTheMostFirst() {
		Element section = Pages.ok(this.mvc, "/countries/in").getElementById("sectors");
		assertThat(section.select(".bar-chart__row")).isNotEmpty();
		int bySector = section.select("table:not(.activity-types) tbody td:nth-of-type(2)")
			.eachText()
			.stream()
			.mapToInt(Integer::parseInt)
			.sum();
		Elements types = section.select("table.activity-types tbody tr");
		assertThat(section.select("table.activity-types thead th").eachText())
			.containsExactly("Activity type", "6.4 activities", "6.2 approaches");
		List<Integer> pacmByType = types.stream().map((row) -> Integer.parseInt(row.select("td").get(0).text())).toList();
		assertThat(pacmByType).isSortedAccordingTo((a, b) -> b - a);
		int untyped = this.jdbc.sql("""
				SELECT count(*) FROM pacm_activity a WHERE a.host_iso2 = 'IN' AND a.publication_status = 'published'
				AND a.activity_type_code IS NULL
				""").query(Integer.class).single();
		int published = this.jdbc.sql("""
				SELECT count(*) FROM pacm_activity a WHERE a.host_iso2 = 'IN' AND a.publication_status = 'published'
				""").query(Integer.class).single();
		// every typed activity hosted by India is counted once by sector and once by type
		assertThat(pacmByType.stream().mapToInt(Integer::intValue).sum()).isEqualTo(bySector).isEqualTo(published - untyped);
		assertThat(types.size()).isGreaterThan(3);
	}

	@Test
	void japanSaysPlainlyWhyItHasNoSectorChart() {
		Element section = Pages.ok(this.mvc, "/countries/jp").getElementById("sectors");
		assertThat(section.select(".bar-chart")).isEmpty();
		assertThat(section.select(".empty").text()).isEqualTo("No chart: the sources of Japan's 29 Article 6.2 approaches "
				+ "name no sector, and no Article 6.4 activity with a known activity type is recorded.");
		assertThat(section.text()).doesNotContain("No sector is recorded yet", "are not counted");
	}

	@Test
	void nationalTargetsShowTheCurrentNdcFirst() {
		Element section = peru().getElementById("national-targets");
		// Peru's NDC 3.0 (2025) is the newest: the seed's rule makes it current
		assertThat(section.select(".ndc h3").eachText()).containsExactly("NDC 3.0 (2025) Current NDC", "updated NDC 2020",
				"INDC/first NDC (2015)");
		assertThat(section.select("#ndc-pe-2025-absolute-2035-unstated").text()).contains("2035", "Absolute level",
				"Not stated", "2050", "179 MtCO2e");
		// the 2020 update stays, below it, as an earlier NDC
		assertThat(section.select("#ndc-pe-2020-absolute-2030-conditional").text()).contains("40 %", "Conditional", "2050");
		assertThat(section.select("#ndc-pe-2020-absolute-2030-conditional").first().closest(".ndc").select("h3").text())
			.isEqualTo("updated NDC 2020");
		assertThat(section.select(".net-zero").text()).isEqualTo("Peru states a net-zero target for 2050.");
	}

	@Test
	void sustainableDevelopmentShowsPerusOwnRuleWithoutTheDefectsOfThePageItWasFirstCompiledFrom() {
		Element section = peru().getElementById("sustainable-development");
		assertThat(section.select("#sd-pe-renami h4").text()).startsWith("Supreme Decree No. 019-2025-MINAM");
		assertThat(section.select(".empty")).isEmpty();
		assertThat(section.text()).doesNotContain("India", "Lorem ipsum");
	}

	@Test
	void capacityBuildingCardsLinkToTheirProjectPages() {
		Element section = peru().getElementById("capacity-building");
		assertThat(section.select(".card h3").eachText()).contains("Integrated Assessment for Article 6 (IAA6)",
				"Climate Market Club");
		assertThat(section.select(".card a.card__more").eachAttr("href")).contains("/capacity-building/cb-iaa6");
		// a draft (no web source yet) is not shown
		assertThat(section.text()).doesNotContain("Neyen");
	}

	@Test
	void pageIsServedInSpanishWhenAskedByUrlOrBrowser() {
		Document byParameter = Pages.html(this.mvc.get().uri("/countries/pe?lang=es").exchange());
		assertThat(byParameter.select("html").attr("lang")).isEqualTo("es");
		assertThat(byParameter.select("h1").text()).isEqualTo("Perú");
		Document byHeader = Pages.html(this.mvc.get().uri("/countries/pe").header("Accept-Language", "fr-CH, fr;q=0.9").exchange());
		assertThat(byHeader.select("h1").text()).isEqualTo("Pérou");
	}

	@Test
	void alpha2InUpperCaseAlpha3AndSlugRedirectPermanentlyToTheCanonicalUrl() {
		for (String alias : List.of("PE", "Pe", "per", "PER", "peru", "Peru")) {
			assertThat(this.mvc.get().uri("/countries/" + alias)).hasStatus(HttpStatus.MOVED_PERMANENTLY)
				.hasHeader("Location", "/countries/pe");
		}
	}

	@Test
	void redirectKeepsTheLanguageParameter() {
		assertThat(this.mvc.get().uri("/countries/peru?lang=fr")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/countries/pe?lang=fr");
	}

	@Test
	void unknownCodeShowsCloseMatches() {
		MvcTestResult result = this.mvc.get().uri("/countries/peruu").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		Document page = Pages.html(result);
		assertThat(page.select("h1").text()).contains("peruu");
		assertThat(page.select(".close-matches a").eachAttr("href")).contains("/countries/pe");
	}

	@Test
	void unknownTwoLetterCodeIsANotFoundPage() {
		MvcTestResult result = this.mvc.get().uri("/countries/qq").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.html(result).select("a[href=/countries]")).isNotEmpty();
	}

	@Test
	void malformedCodeIsABadRequestWithAnExplanation() {
		for (String malformed : List.of("pe.json", "p!e", "per_u", "-pe", "x".repeat(81))) {
			MvcTestResult result = this.mvc.get().uri("/countries/" + malformed).exchange();
			assertThat(result).as(malformed).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(Pages.html(result).text()).as(malformed).contains("cannot be a country code or name").doesNotContain("Exception");
		}
	}

	@Test
	void everyResponseCarriesAStrictContentSecurityPolicy() {
		assertThat(this.mvc.get().uri("/countries/pe")).headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
							+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
							+ "frame-ancestors 'none'");
	}

	private String largestProjectOfPeru() {
		return this.jdbc.sql("""
				SELECT slug FROM pacm_activity WHERE host_iso2 = 'PE' AND form <> 'component'
				ORDER BY expected_reductions_tco2e_per_year DESC NULLS LAST, title LIMIT 1
				""").query(String.class).single();
	}

	private Document peru() {
		return Pages.ok(this.mvc, "/countries/pe");
	}

}
