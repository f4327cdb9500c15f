package org.a6portal.admin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.a6portal.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The content-health page names each field by its label and each record's countries, and narrows to one country
 * and one kind of record by a shareable GET form; a filter value it cannot mean is a 400 saying so.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ContentHealthPageIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void findingsNameFieldsByLabelAndRecordsByCountry() {
		String location = createDraft();
		Document page = html(this.mvc.get().uri("/admin/content-health?country=PE&kind=cooperative_approach").exchange());
		Element row = page.select("table.data-table tbody tr").stream()
			.filter((tr) -> !tr.select("a[href=" + location + "]").isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(row.select(".health-countries").text()).isEqualTo("Japan, Peru");
		assertThat(row.select("li").eachText()).contains("Notes: placeholder text “Lorem ipsum” is still in the text")
			.anyMatch((warning) -> warning.startsWith("Last reviewed on: not reviewed since 2020-01-15"));
		assertThat(page.select("#country option[selected]").attr("value")).isEqualTo("PE");
		assertThat(page.select("#kind option[selected]").attr("value")).isEqualTo("cooperative_approach");
	}

	@Test
	void filtersNarrowToOneCountryAndOneKind() {
		String location = createDraft();
		Document japan = html(this.mvc.get().uri("/admin/content-health?country=jp").exchange());
		assertThat(japan.select("a[href=" + location + "]")).hasSize(1);
		assertThat(japan.select(".health-countries").eachText()).allMatch((names) -> names.contains("Japan"));
		Document chile = html(this.mvc.get().uri("/admin/content-health?country=CL").exchange());
		assertThat(chile.select("a[href=" + location + "]")).isEmpty();
		Document sectors = html(this.mvc.get().uri("/admin/content-health?kind=pacm_activity").exchange());
		assertThat(sectors.select("a[href=" + location + "]")).isEmpty();
		assertThat(sectors.select("table.data-table tbody tr td:eq(1)").eachText()).allMatch("PACM activity"::equals);
	}

	@Test
	void badFilterValuesAreA400SayingWhatThePageTakes() {
		MvcTestResult country = this.mvc.get().uri("/admin/content-health?country=XX").exchange();
		assertThat(country).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(html(country).text()).contains("“XX” is not a country of the portal");
		MvcTestResult kind = this.mvc.get().uri("/admin/content-health?kind=<script>").exchange();
		assertThat(kind).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(html(kind).text()).contains("“<script>” is not a kind of record");
		MvcTestResult spanish = this.mvc.get().uri("/admin/content-health?kind=nope").locale(Locale.of("es")).exchange();
		assertThat(spanish).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(html(spanish).text()).contains("“nope” no es un tipo de registro");
	}

	@Test
	void noFieldIsNamedByItsRawNameInAnyLanguage() {
		for (String language : new String[] { "en", "es", "fr" }) {
			int page = 0;
			while (true) {
				Document health = html(this.mvc.get().uri("/admin/content-health?page=" + page)
					.locale(Locale.of(language)).exchange());
				assertThat(health.select("table.data-table li strong").eachText()).as(language)
					.noneMatch((label) -> label.matches("[a-z]+[A-Z0-9]\\w*"));
				String next = "page=" + (page + 1);
				if (health.select(".pagination a").stream().noneMatch((a) -> a.attr("href").contains(next))) {
					break;
				}
				page++;
			}
		}
	}

	private String createDraft() {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("title", "Peru and Japan health page agreement");
		fields.add("slug", "health-page-approach");
		fields.add("instrument", "IMPLEMENTING_AGREEMENT");
		fields.add("status", "AGREEMENT_SIGNED");
		fields.add("transferringParties", "PE");
		fields.add("acquiringParties", "JP");
		fields.add("notes", "Lorem ipsum, to be written.");
		fields.add("publicationStatus", "DRAFT");
		fields.add("sourceUrl", "https://www.gob.pe/minam");
		fields.add("sourceTitle", "Ministry of the Environment");
		fields.add("sourceRetrievedOn", "2026-11-01");
		fields.add("lastReviewedOn", "2020-01-15");
		MvcTestResult result = this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf()).params(fields)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return result.getResponse().getRedirectedUrl();
	}

	private static Document html(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
