package org.a6portal.home;

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
 * The home page (totals, the world map and its table, latest changes, where to go next) and the about page.
 */
@IntegrationTest
class HomePageIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void homeShowsTheTotalsOfPublishedRecords() {
		Document page = page("/");
		long approaches = count("SELECT count(*) FROM cooperative_approach WHERE publication_status = 'published'");
		long parties = count("""
				SELECT count(DISTINCT p.country_iso2) FROM cooperative_approach_party p
				JOIN cooperative_approach a ON a.id = p.approach_id WHERE a.publication_status = 'published'""");
		long activities = count("SELECT count(*) FROM pacm_activity WHERE publication_status = 'published'");
		long requested = count("""
				SELECT count(*) FROM pacm_activity WHERE publication_status = 'published' AND stage = 'transition_requested'""");
		assertThat(approaches).isPositive();
		assertThat(page.select(".home-totals__list dt").eachText()).containsExactly("Cooperative approaches (Article 6.2)",
				"Parties taking part in them", "ITMOs transferred to date (t CO2e)", "PACM activities (Article 6.4)");
		assertThat(page.select(".home-totals__list dd").eachText()).first().isEqualTo(String.format("%,d", approaches));
		assertThat(page.select(".home-totals__list dd").get(1).text()).isEqualTo(String.format("%,d", parties));
		assertThat(page.select(".home-totals__list dd").get(3).text()).isEqualTo(String.format("%,d", activities));
		// the seed's two first transfers (Ghana–Switzerland 1,916, Thailand–Switzerland 11,733 ITMOs) are Article 6.2
		// events; ceilings and estimates of purchase agreements do not count
		long transferred = count("""
				SELECT coalesce(sum(volume_tco2e), 0) FROM itmo_event
				WHERE publication_status = 'published' AND kind = 'transfer' AND volume_meaning = 'transfer'""")
				+ count("SELECT coalesce(sum(quantity_tco2e), 0) FROM itmo_transfer WHERE publication_status = 'published'");
		assertThat(transferred).isPositive();
		assertThat(page.select(".home-totals__list dd").get(2).select("span").text())
			.isEqualTo(String.format("%,d", transferred));
		assertThat(page.select(".home-stages tbody tr").eachText())
			.contains("Transition requested " + String.format("%,d", requested));
	}

	@Test
	void mapLinksEveryCountryWithItsNameAndFigureAndTheTableHoldsTheSameFigures() {
		Document page = page("/");
		long peruApproaches = count("""
				SELECT count(*) FROM cooperative_approach_party p JOIN cooperative_approach a ON a.id = p.approach_id
				WHERE a.publication_status = 'published' AND p.country_iso2 = 'PE'""");
		long peruTransitions = count("""
				SELECT count(*) FROM pacm_activity a WHERE a.publication_status = 'published'
				AND a.origin = 'cdm_transition' AND (a.host_iso2 = 'PE'
				     OR a.id IN (SELECT activity_id FROM pacm_activity_other_host WHERE country_iso2 = 'PE'))""");
		assertThat(peruTransitions).isPositive();
		Element peru = page.selectFirst("svg.world-map__svg a[href=/countries/pe]");
		assertThat(name(peru))
			.isEqualTo("Peru: " + (peruApproaches + peruTransitions) + " approaches and transitions");
		assertThat(peru.select("path")).hasSize(1);
		assertThat(peru.selectFirst("path").attr("d")).startsWith("m");
		assertThat(page.select("svg.world-map__svg a path").size()).isGreaterThan(170);
		assertThat(page.select(".world-map__table tbody tr:has(a[href=/countries/pe])").text())
			.isEqualTo("Peru " + peruApproaches + " " + peruTransitions);
		assertThat(page.select(".world-map__legend li").eachText()).containsExactly("None", "1 to 2", "3 to 9", "10 to 49",
				"50 or more");
		assertThat(page.select(".world-map__measures a").eachAttr("href")).containsExactly("/?measure=both#world-map",
				"/?measure=approaches#world-map", "/?measure=transitions#world-map");
		assertThat(page.select(".world-map__measures a[aria-current=true]").text()).isEqualTo("Both");
	}

	@Test
	void measureChosenInTheAddressChangesTheFiguresAndTheirNames() {
		Document approaches = page("/?measure=approaches");
		assertThat(approaches.select(".world-map__measures a[aria-current=true]").text()).isEqualTo("Approaches");
		assertThat(name(approaches.selectFirst("svg a[href=/countries/pe]"))).matches("Peru: \\d+ approaches");
		assertThat(name(approaches.selectFirst("svg a[href=/countries/gl]"))).isEqualTo("Greenland: no approach");
		Document transitions = page("/?measure=transitions");
		assertThat(name(transitions.selectFirst("svg a[href=/countries/pe]"))).matches("Peru: \\d+ transitions");
		Document spanish = page("/?measure=transitions&lang=es");
		assertThat(name(spanish.selectFirst("svg a[href=/countries/pe]"))).matches("Perú: \\d+ transiciones");
		assertThat(spanish.select(".world-map__measures a[aria-current=true]").text()).isEqualTo("Transiciones");
	}

	@Test
	void smallIslandStatesAreMarkersThatStayClickable() {
		Document page = page("/");
		// Tuvalu has no shape at this scale, Singapore a tiny one: both get a circle at their centre
		assertThat(page.select("svg a[href=/countries/tv] circle")).hasSize(1);
		assertThat(page.select("svg a[href=/countries/sg] circle")).hasSize(1);
		assertThat(name(page.selectFirst("svg a[href=/countries/tv]"))).startsWith("Tuvalu: ");
		// a large country is a shape only
		assertThat(page.select("svg a[href=/countries/br] circle")).isEmpty();
	}

	@Test
	void unknownMeasureIsABadRequestThatSaysWhatToChoose() {
		MvcTestResult result = this.mvc.get().uri("/?measure=" + "x".repeat(5000)).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).text()).contains("is not something the map can show: choose approaches, transitions or both");
		MvcTestResult french = this.mvc.get().uri("/?measure=tout&lang=fr").exchange();
		assertThat(french).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(french).text()).contains("« tout » n'est pas une mesure que la carte sait afficher");
	}

	@Test
	void homeListsTheLatestPublicChangesAndWhereToGoNext() {
		Document page = page("/");
		assertThat(page.select(".home-changes a[href=/feeds/changes.atom]")).isNotEmpty();
		assertThat(page.select(".home-changes__list li").size()).isLessThanOrEqualTo(HomeController.LATEST_CHANGES);
		assertThat(page.select(".home-next a").eachAttr("href")).contains("/countries", "/api", "/feeds/changes.atom",
				"/about");
		// the pages that explore across countries
		assertThat(page.select(".home-next a").eachAttr("href")).contains("/search", "/cooperative-approaches",
				"/pacm-activities", "/ndc-targets", "/initial-reports", "/capacity-building", "/compare", "/timelines");
		assertThat(page("/?lang=fr").select(".home-next a[href=/compare]").text()).isEqualTo("Comparer des pays");
	}

	@Test
	void aboutPageSaysWhoKeepsThePortalItsSourcesLicencesAndHowToReportAnError() {
		Document page = page("/about");
		assertThat(page.select("h1").text()).isEqualTo("About the portal");
		assertThat(page.select("main h2").eachText()).containsExactly("Who keeps it", "How the data is gathered and reviewed",
				"Sources", "Licences", "Report an error");
		assertThat(page.text()).contains("Natural Earth (public domain)", "CC BY 4.0", "Apache License 2.0",
				"UNEP Copenhagen Climate Centre");
		assertThat(page("/about?lang=es").select("h1").text()).isEqualTo("Acerca del portal");
		// linked from every page's footer
		assertThat(page("/countries").select("footer a[href=/about]").text()).isEqualTo("About the portal");
	}

	/** A map link's accessible name: its SVG title, which is also its tooltip. */
	private static String name(Element link) {
		assertThat(link.attr("aria-label")).isEmpty();
		return link.selectFirst("title").text();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private Document page(String uri) {
		return Pages.ok(this.mvc, uri);
	}

}
