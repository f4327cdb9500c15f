package org.a6portal.embed;

import java.net.URI;
import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.a6portal.support.BadSlugs.MALFORMED;
import static org.a6portal.support.BadSlugs.REFUSED_BY_FIREWALL;
import static org.a6portal.support.BadSlugs.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embeds and records: a country section's embedded rows link to the records' own pages, in the top window; and each
 * record can be embedded itself ({@code /embed/cooperative-approaches/{slug}} …), framed by any site like the
 * country embeds and cached like them.
 */
@IntegrationTest
class RecordEmbedIntegrationTests {

	private static final List<String> RECORDS = List.of("/cooperative-approaches/ca-ch-pe",
			"/pacm-activities/unepccc-row-534", "/initial-reports/ir-gh-1");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void embeddedSectionsLinkEachRecordToItsOwnPageInTheTopWindow() {
		Document approaches = Pages.ok(this.mvc, "/embed/countries/pe/article-6-2");
		assertThat(approaches.select("base").attr("target")).isEqualTo("_top");
		assertThat(approaches.select("#article-6-2 h3 a").eachAttr("href")).contains("/cooperative-approaches/ca-ch-pe");
		Document pacm = Pages.ok(this.mvc, "/embed/countries/pe/article-6-4");
		assertThat(pacm.select("#article-6-4 a.pacm-title").eachAttr("href")).isNotEmpty()
			.allSatisfy((href) -> assertThat(href).matches("/pacm-activities/[a-z0-9-]+"));
		Document reports = Pages.ok(this.mvc, "/embed/countries/gh/sustainable-development");
		assertThat(reports.select("#sustainable-development a").eachAttr("href")).contains("/initial-reports/ir-gh-1");
		for (Document embed : List.of(approaches, pacm, reports)) {
			assertThat(embed.select("a[target]").eachAttr("target")).allSatisfy((target) -> assertThat(target).isEqualTo("_top"));
		}
	}

	@Test
	void everyRecordCanBeEmbeddedWithItsFactsSourceAndALinkToItsPage() {
		for (String record : RECORDS) {
			MvcTestResult result = this.mvc.get().uri("/embed" + record).exchange();
			assertThat(result).as(record).hasStatusOk();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(record).contains("frame-ancestors *");
			assertThat(result.getResponse().getHeader("X-Frame-Options")).as(record).isNull();
			assertThat(result.getResponse().getHeader("Cache-Control")).as(record).contains("public");
			Document embed = Pages.html(result);
			assertThat(embed.select("body.embed")).as(record).hasSize(1);
			assertThat(embed.select("base").attr("target")).as(record).isEqualTo("_top");
			assertThat(embed.select("meta[name=robots]").attr("content")).as(record).isEqualTo("noindex");
			assertThat(embed.select("link[rel=canonical]").attr("href")).as(record).isEqualTo("http://localhost:8080" + record);
			assertThat(embed.select("h1 a").attr("href")).as(record).isEqualTo("http://localhost:8080" + record);
			assertThat(embed.select(".embed-footer a").attr("href")).as(record).isEqualTo("http://localhost:8080" + record);
			assertThat(embed.select("dl.facts dd")).as(record).isNotEmpty();
			assertThat(embed.select("p.source a").attr("href")).as(record).startsWith("http");
			assertThat(embed.select("script:not([src])")).as(record).isEmpty();
			assertThat(embed.select("[style]")).as(record).isEmpty();
		}
		Document approach = Pages.ok(this.mvc, "/embed/cooperative-approaches/ca-ch-pe?lang=es");
		assertThat(approach.select("dl.facts").text()).contains("Perú", "Suiza");
		assertThat(approach.select(".embed-footer a").text()).isEqualTo("Registro completo, con su historial →");
		Document component = Pages.ok(this.mvc, "/embed/pacm-activities/unepccc-row-534");
		assertThat(component.select("dl.facts a[href=/pacm-activities/unepccc-row-536]")).hasSize(1);
	}

	@Test
	void unknownDraftOrMalformedRecordEmbedsAreClientErrors() {
		for (String kind : List.of("cooperative-approaches", "pacm-activities", "initial-reports")) {
			assertThat(this.mvc.get().uri("/embed/" + kind + "/no-such-record")).as(kind).hasStatus(HttpStatus.NOT_FOUND);
			for (String slug : MALFORMED) {
				MvcTestResult result = this.mvc.get().uri(URI.create("/embed/" + kind + "/" + slug + "")).exchange();
				assertThat(result).as(kind + " " + slug.length()).hasStatus(HttpStatus.BAD_REQUEST);
				assertThat(Pages.html(result).select("main").text()).as(kind).contains("cannot be the address of a record");
			}
			for (String slug : REFUSED_BY_FIREWALL) {
				assertThat(this.mvc.get().uri(URI.create("/embed/" + kind + "/" + slug + ""))).as(slug).hasStatus(HttpStatus.BAD_REQUEST);
			}
			for (String slug : REMOVED) {
				assertThat(this.mvc.get().uri(URI.create("/embed/" + kind + "/" + slug + ""))).as(slug).hasStatus(HttpStatus.NOT_FOUND);
			}
		}
		for (String record : RECORDS) {
			MvcTestResult page = this.mvc.get().uri(record.replaceAll("/[^/]+$", "/Not-A-Slug")).exchange();
			assertThat(page).as(record).hasStatus(HttpStatus.BAD_REQUEST);
		}
	}

}
