package org.a6portal.profile;

import java.net.URI;
import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /compare}: countries side by side with the figures of their pages, a picker that works without script, one
 * canonical address per comparison, and a clear page for an address that names no countries it can compare.
 */
@IntegrationTest
class CountryComparisonIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void peruAndGhanaSideBySideWithTheFiguresOfTheirPages() {
		Document page = page("/compare?c=pe,gh");
		assertThat(page.select("h1").text()).isEqualTo("Compare countries");
		assertThat(page.select("table.compare-table thead th a").eachAttr("href")).containsExactly("/countries/pe",
				"/countries/gh");
		assertThat(page.select("table.compare-table thead th a").eachText()).containsExactly("Peru", "Ghana");
		// the sections in the profile's order
		assertThat(page.select("table.compare-table tr.compare-table__section th[scope=rowgroup]").eachText())
			.containsExactly("Article 6.2 | Cooperative approaches", "Article 6.4 | Paris Agreement Crediting Mechanism",
					"Sector / activity type", "National targets", "Sustainable development", "Capacity building");
		assertThat(row(page, "Cooperative approaches")).containsExactly(approaches("PE", null), approaches("GH", null));
		assertThat(row(page, "as transferring (host) Party")).containsExactly(approaches("PE", "transferring"),
				approaches("GH", "transferring"));
		assertThat(row(page, "as acquiring Party")).containsExactly(approaches("PE", "acquiring"), approaches("GH", "acquiring"));
		assertThat(page.select("tr:has(th:containsOwn(Partner Parties)) td").get(0).select("a").eachText())
			.contains("Switzerland");
		assertThat(row(page, "Activities")).containsExactly(format(activities("PE")), format(activities("GH")));
		assertThat(activities("PE")).isPositive();
		assertThat(row(page, "stage: Transition requested").get(0))
			.isEqualTo(format(count("SELECT count(*) FROM pacm_activity WHERE host_iso2 = 'PE' AND publication_status = "
					+ "'published' AND stage = 'transition_requested'")));
		assertThat(row(page, "Article 6 institutions and rules")).containsExactly(
				count("SELECT count(*) FROM sd_statement WHERE country_iso2 = 'PE' AND publication_status = 'published'") + "",
				count("SELECT count(*) FROM sd_statement WHERE country_iso2 = 'GH' AND publication_status = 'published'") + "");
		assertThat(row(page, "Capacity-building projects").get(0)).isEqualTo(count("""
				SELECT count(*) FROM capacity_building_country k JOIN capacity_building_project p ON p.id = k.project_id
				WHERE k.country_iso2 = 'PE' AND p.publication_status = 'published'""") + "");
		// Peru's current NDC is its NDC 3.0 (2025), with its own page; its net-zero year is stated
		Element currentNdc = page.selectFirst("tr:has(th:containsOwn(Current NDC)) td");
		assertThat(currentNdc.select("a").attr("href")).isEqualTo("/ndc-targets/ndc-pe-2025");
		assertThat(row(page, "Net-zero year").get(0)).isEqualTo("2050");
		assertThat(row(page, "Conditional or unconditional").get(0)).isEqualTo("Not stated (2035)");
		assertThat(row(page("/compare?c=ch"), "Conditional or unconditional")).containsExactly("Unconditional: 65 % by 2035");
		// Ghana's transfer of 11,733 ITMOs to Switzerland (an Article 6.2 event) counts as transferred
		assertThat(row(page, "ITMOs transferred to date (tCO2e)").get(1)).isEqualTo("11,733 in 1 transfer");
	}

	@Test
	void theSameFiguresAsTheCountryPage() {
		Document compared = page("/compare?c=in,pe");
		Document india = page("/countries/in");
		String indiaTotal = india.select("#article-6-4 .pacm-summary dd strong").first().text();
		assertThat(row(compared, "Activities").get(0)).isEqualTo(indiaTotal);
		assertThat(row(compared, "Expected reductions (tCO2e per year)").get(0))
			.isEqualTo(india.select("#article-6-4 .pacm-summary dd strong").get(1).text().replace(" tCO2e per year", ""));
		// the sector rows count what the page's chart counts
		for (Element sector : india.select("#sectors table:not(.activity-types) tbody tr")) {
			String name = sector.selectFirst("th").text();
			List<String> counts = sector.select("td").eachText();
			assertThat(row(compared, name).get(0)).as(name)
				.isEqualTo(approachesText(counts.get(0)) + ", " + activitiesText(counts.get(1)));
		}
	}

	@Test
	void inSpanish() {
		Document page = page("/compare?c=pe,gh&lang=es");
		assertThat(page.select("html").attr("lang")).isEqualTo("es");
		assertThat(page.select("h1").text()).isEqualTo("Comparar países");
		assertThat(page.select("table.compare-table thead th a").eachText()).containsExactly("Perú", "Ghana");
		assertThat(page.select("th[scope=row]").eachText()).contains("Enfoques cooperativos", "Año de cero neto",
				"Proyectos de fomento de la capacidad");
		assertThat(page.select("title").text()).isEqualTo("Comparar Perú · Ghana – Perfiles de país del artículo 6");
		// the picker keeps the language the address chose
		assertThat(page.select("form.compare-add input[name=lang]").val()).isEqualTo("es");
		assertThat(page.select(".compare-chosen a.compare-chosen__remove").eachAttr("href"))
			.containsExactly("/compare?c=gh&lang=es", "/compare?c=pe&lang=es");
	}

	@Test
	void oneCanonicalAddressSharedInTheLinksOfThePage() {
		Document page = page("/compare?c=pe,gh,ch");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/compare?c=pe,gh,ch");
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost:8080/compare?c=pe,gh,ch");
		assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly("/compare?c=pe,gh,ch&lang=en",
				"/compare?c=pe,gh,ch&lang=es", "/compare?c=pe,gh,ch&lang=fr");
		assertThat(page("/compare").select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/compare");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "c=PE,GH|/compare?c=pe,gh", "c=pe&c=gh|/compare?c=pe,gh",
			"c=per,ghana|/compare?c=pe,gh", "c=pe,pe,gh,PE|/compare?c=pe,gh", "c=pe,%20gh|/compare?c=pe,gh",
			"c=pe,,gh,|/compare?c=pe,gh", "c=gh&c=pe&c=|/compare?c=gh,pe", "c=|/compare", "c=,|/compare",
			"c=pe&lang=es&c=gh|/compare?c=pe,gh&lang=es", "c=PE&lang=xx|/compare?c=pe" })
	void anyOtherWayOfNamingTheSameCountriesMovesToTheCanonicalAddress(String query, String canonical) {
		MvcTestResult result = this.mvc.get().uri(URI.create("/compare?" + query)).exchange();
		assertThat(result).hasStatus(HttpStatus.MOVED_PERMANENTLY);
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(canonical);
	}

	@Test
	void thePickerAddsAndRemovesCountriesWithoutScript() {
		Document page = page("/compare?c=pe,gh");
		Element form = page.selectFirst("form.compare-add");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/compare");
		assertThat(form.select("input[type=hidden][name=c]").eachAttr("value")).containsExactly("pe", "gh");
		assertThat(form.select("select[name=c] option").eachAttr("value")).contains("", "ch", "in")
			.doesNotContain("pe", "gh");
		assertThat(form.select("label[for=compare-add]").text()).isEqualTo("Add a country");
		// what the form sends for Switzerland, and where it leads
		MvcTestResult added = this.mvc.get().uri("/compare?c=pe&c=gh&c=ch").exchange();
		assertThat(added.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/compare?c=pe,gh,ch");
		assertThat(page.select(".compare-chosen li").eachText()).containsExactly("Peru Remove Peru", "Ghana Remove Ghana");
		assertThat(page.select(".compare-chosen a.compare-chosen__remove").eachAttr("href")).containsExactly("/compare?c=gh",
				"/compare?c=pe");
		// four is the most: no picker, and a word on why
		Document full = page("/compare?c=pe,gh,ch,in");
		assertThat(full.select("form.compare-add")).isEmpty();
		assertThat(full.select(".compare-picker p").text()).contains("remove one to add another");
		assertThat(full.select("table.compare-table thead th a")).hasSize(4);
	}

	@Test
	void nothingChosenYetShowsThePickerAndAnExample() {
		Document page = page("/compare");
		assertThat(page.select("table")).isEmpty();
		assertThat(page.select("form.compare-add select option")).hasSizeGreaterThan(240);
		assertThat(page.select(".compare-picker a[href=/compare?c=pe,gh,ch]").text()).isEqualTo("Peru, Ghana and Switzerland");
		assertThat(page.select("form.compare-add select option").get(1).text()).isEqualTo("Afghanistan");
		assertThat(page("/compare?lang=fr").select("form.compare-add select option").eachText()).contains("Pérou")
			.element(1)
			.isEqualTo("Afghanistan");
	}

	@Test
	void aCountryPageLinksToItsComparison() {
		Document peru = page("/countries/pe");
		assertThat(peru.select(".profile-header a[href=/compare?c=pe]").text()).isEqualTo("Compare with other countries");
		assertThat(page("/countries/pe?lang=fr").select(".profile-header a[href=/compare?c=pe]").text())
			.isEqualTo("Comparer avec d’autres pays");
	}

	@Test
	void anUnknownCodeIsA404ThatNamesItAndOffersTheOthers() {
		MvcTestResult result = this.mvc.get().uri("/compare?c=pe,zz,gh").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		Document page = Pages.html(result);
		assertThat(page.select("h1").text()).isEqualTo("No country answers to “zz”");
		assertThat(page.select(".error-page a[href=/compare?c=pe,gh]").text()).isEqualTo("Compare Peru, Ghana without it");
		MvcTestResult typo = this.mvc.get().uri("/compare?c=pe,ghanx").exchange();
		assertThat(typo).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.html(typo).select(".close-matches a").eachAttr("href")).contains("/compare?c=pe,gh");
		MvcTestResult spanish = this.mvc.get().uri("/compare?c=qq&lang=es").exchange();
		assertThat(Pages.html(spanish).select("h1").text()).isEqualTo("Ningún país corresponde a «qq»");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "c=pe,gh,ch,in,jp|The address names 5 countries: one page compares at most four.",
			"c=pe;gh|“pe;gh” cannot be a country code or name",
			"c=pe,%3Cb%3E|“<b>” cannot be a country code or name",
			"c=pe,P%C3%A9rou|“Pérou” cannot be a country code or name" })
	void malformedOrTooManyIsA400ThatSaysWhy(String query, String message) {
		MvcTestResult result = this.mvc.get().uri(URI.create("/compare?" + query)).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = Pages.html(result);
		assertThat(page.select(".error-page h1").text()).isEqualTo("This address cannot be read");
		assertThat(page.select(".error-page p").text()).contains(message);
	}

	@Test
	void tenThousandCharactersIsA400InTheVisitorsLanguage() {
		MvcTestResult result = this.mvc.get()
			.uri(URI.create("/compare?c=" + "pe,".repeat(3_333) + "x"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).select(".error-page p").text())
			.contains("est plus long que toute liste de quatre pays");
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(URI.create(path)).exchange();
		assertThat(result).as(path).hasStatusOk();
		return Pages.html(result);
	}

	/** The cells of the row whose header says this. */
	private static List<String> row(Document page, String header) {
		Element row = page.select("table.compare-table tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th[scope=row]") != null && tr.selectFirst("th[scope=row]").text().equals(header))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + header));
		return row.select("td").eachText();
	}

	private String approaches(String iso2, String role) {
		return String.valueOf(count("""
				SELECT count(*) FROM cooperative_approach_party p JOIN cooperative_approach a ON a.id = p.approach_id
				WHERE a.publication_status = 'published' AND p.country_iso2 = ?""" + ((role != null) ? " AND p.role = ?" : ""),
				(role != null) ? new Object[] { iso2, role } : new Object[] { iso2 }));
	}

	private long activities(String iso2) {
		return count("""
				SELECT count(*) FROM pacm_activity a WHERE a.publication_status = 'published'
				AND (a.host_iso2 = ? OR a.id IN (SELECT activity_id FROM pacm_activity_other_host WHERE country_iso2 = ?))""",
				iso2, iso2);
	}

	private long count(String sql, Object... parameters) {
		return this.jdbc.sql(sql).params(parameters).query(Long.class).single();
	}

	private static String format(long number) {
		return String.format(java.util.Locale.ENGLISH, "%,d", number);
	}

	private static String approachesText(String count) {
		return switch (count) {
			case "0" -> "no approach";
			case "1" -> "1 approach";
			default -> count + " approaches";
		};
	}

	private static String activitiesText(String count) {
		return switch (count) {
			case "0" -> "no activity";
			case "1" -> "1 activity";
			default -> count + " activities";
		};
	}

}
