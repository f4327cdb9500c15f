package org.a6portal.overview;

import java.net.URI;
import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview pages {@code /pacm-activities} and {@code /cooperative-approaches} on the seeded data: filters in the
 * API's names (the page's JSON link is the API with the page's filters, and both count the same rows), sorting,
 * paging, the summary, the canonical address of a filter state, and Spanish.
 */
@IntegrationTest
class OverviewPagesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void peruTransitionsInSpanish() {
		MvcTestResult result = this.mvc.get()
			.uri("/pacm-activities?country=pe&origin=cdm_transition")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = Pages.html(result);
		assertThat(page.select("h1").text()).isEqualTo("La cartera del MCAP: actividades acogidas por Perú");
		assertThat(page.select(".overview-count").text()).startsWith("19 resultados");
		assertThat(page.select("select#country option[selected]").attr("value")).isEqualTo("pe");
		assertThat(page.select("select#origin option[selected]").attr("value")).isEqualTo("cdm_transition");
		List<Element> rows = page.select(".pacm-table tbody tr");
		assertThat(rows).hasSize(19);
		rows.forEach((row) -> {
			assertThat(row.select("a.pacm-title").attr("href")).matches("/pacm-activities/[a-z0-9-]+");
			assertThat(row.select("td").get(1).text()).isEqualTo("Perú");
		});
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.endsWith("/pacm-activities?country=pe&origin=cdm_transition");
		assertThat(page.select(".languages a[hreflang=fr]").attr("href"))
			.isEqualTo("/pacm-activities?country=pe&origin=cdm_transition&lang=fr");
		assertThat(page.select(".overview-totals dd").first().text()).isEqualTo("19");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/pacm-activities", "/pacm-activities?country=in&stage=transition_requested&form=project",
			"/pacm-activities?region=latin_america_caribbean&origin=cdm_transition",
			"/pacm-activities?sector=household_energy", "/pacm-activities?country=mm&form=programme",
			"/cooperative-approaches", "/cooperative-approaches?country=ch&role=acquiring",
			"/cooperative-approaches?country=pe", "/cooperative-approaches?status=agreement_signed&year=2022",
			"/cooperative-approaches?instrument=mou" })
	void theJsonLinkIsTheApiWithThePagesFiltersAndCountsTheSameRows(String path) throws Exception {
		Document page = Pages.ok(this.mvc, path);
		String json = page.select(".overview-data a[type=application/json]").attr("href");
		String csv = page.select(".overview-data a[type=text/csv]").attr("href");
		String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
		assertThat(json).isEqualTo("/api/v1" + path.replace(query, "") + query);
		assertThat(csv).isEqualTo("/api/v1" + path.replace(query, "") + ".csv" + query);
		MvcTestResult api = this.mvc.get().uri(URI.create(json)).exchange();
		assertThat(api).hasStatusOk();
		long total = Long.parseLong(page.select(".overview-totals dd").first().text().replace(",", ""));
		assertThat(api).bodyJson().extractingPath("$.page.totalElements").asNumber().satisfies((n) -> assertThat(n.longValue()).isEqualTo(total));
		assertThat(page.select(".overview-count").text()).startsWith((total == 0) ? "No results" : String.format(Locale.ENGLISH, "%,d result", total));
		MvcTestResult rows = this.mvc.get().uri(URI.create(csv)).exchange();
		assertThat(rows).hasStatusOk();
		assertThat(rows.getResponse().getContentAsString().lines().count() - 1).isGreaterThanOrEqualTo(total);
	}

	@Test
	void thePipelineSortsByTitleAndPages() {
		Document first = Pages.ok(this.mvc, "/pacm-activities?sort=title&dir=asc");
		List<String> titles = first.select(".pacm-table a.pacm-title").eachText();
		assertThat(titles).hasSize(50);
		Collator collator = Collator.getInstance(Locale.ROOT);
		collator.setStrength(Collator.PRIMARY);
		assertThat(titles.stream().map((title) -> title.toLowerCase(Locale.ROOT)).toList())
			.isSortedAccordingTo(String::compareTo);
		assertThat(first.select(".overview-count").text()).contains("1–50");
		String next = first.select(".overview-pagination a[rel=next]").attr("href");
		// ascending is the title's own direction: the address leaves it out
		assertThat(next).isEqualTo("/pacm-activities?sort=title&page=2");
		Document second = Pages.ok(this.mvc, next);
		assertThat(second.select(".overview-count").text()).contains("51–100");
		assertThat(second.select(".pacm-table a.pacm-title").eachText()).doesNotContainAnyElementsOf(titles);
		assertThat(second.select(".overview-pagination a[rel=prev]").attr("href")).isEqualTo("/pacm-activities?sort=title");
	}

	@Test
	void thePipelineSummarisesByStageAndRegion() {
		Document page = Pages.ok(this.mvc, "/pacm-activities?region=latin_america_caribbean");
		long total = Long.parseLong(page.select(".overview-totals dd").first().text().replace(",", ""));
		assertThat(total).isPositive();
		List<Element> regions = page.select(".overview-regions tbody tr");
		assertThat(regions).isNotEmpty();
		assertThat(regions.getFirst().select("th").text()).isEqualTo("Latin America and the Caribbean");
		long byStage = page.select(".overview-stages tbody td.num").eachText().stream()
			.mapToLong((n) -> Long.parseLong(n.replace(",", ""))).sum();
		assertThat(byStage).isEqualTo(total);
		assertThat(page.select(".world-map a[href=/countries/pe]")).isNotEmpty();
	}

	@Test
	void approachesOfAPartyInARoleWithTheirSummary() {
		Document page = Pages.ok(this.mvc, "/cooperative-approaches?country=ch&role=acquiring&sort=title");
		assertThat(page.select("h1").text()).isEqualTo("Cooperative approaches of Switzerland");
		List<Element> rows = page.select("table.data-table tbody tr").stream()
			.filter((row) -> !row.select("a[href^=/cooperative-approaches/]").isEmpty())
			.toList();
		assertThat(rows).isNotEmpty();
		rows.forEach((row) -> assertThat(row.select("td").get(2).text()).contains("Switzerland"));
		assertThat(page.select(".overview-totals dd").first().text()).isEqualTo(String.valueOf(rows.size()));
		assertThat(page.select(".overview-regions tbody th").eachText()).contains("Europe");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/cooperative-approaches?country=ch&role=acquiring&sort=title");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/pacm-activities?page=2000", "/pacm-activities?country=pe&page=2",
			"/pacm-activities?country=zz", "/pacm-activities?sector=no_such_sector", "/pacm-activities?activityType=x",
			"/pacm-activities?measure=everything", "/cooperative-approaches?page=3", "/cooperative-approaches?country=xx",
			"/cooperative-approaches?year=1850" })
	void aFilterThatNamesNothingOrAPagePastTheEndIsA400PageThatSaysWhy(String path) {
		MvcTestResult result = this.mvc.get().uri(URI.create(path)).header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = Pages.html(result);
		assertThat(page.select(".error-page h1").text()).isEqualTo("Cette adresse ne peut pas être lue");
		assertThat(page.select(".error-page p").get(1).text()).isNotBlank().doesNotContain("overview.invalid");
	}

}
