package org.a6portal.sustainabledevelopment.admin;

import java.time.LocalDate;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sustainable-development statements editor at {@code /admin/sd-statements}, through to the country page.
 */
@IntegrationTest
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class SdStatementAdminIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listShowsTheSeededRulesByTitleAndSaysWhenNothingMatches() {
		Document page = Pages.ok(this.mvc, "/admin/sd-statements?country=KE");
		assertThat(page.select("h1").text()).isEqualTo("Sustainable development statements");
		assertThat(page.select("table tbody tr td:nth-child(4)").eachText()).containsExactlyInAnyOrder(
				"The Climate Change (Carbon Markets) Regulations, 2024",
				"Gazette Notice No. 7621 of 2024 appointing NEMA as Designated National Authority");
		Document none = Pages.ok(this.mvc, "/admin/sd-statements?q=nothing-like-this");
		assertThat(none.select("table tbody tr")).isEmpty();
		assertThat(none.select(".empty").text()).startsWith("No record matches");
	}

	@Test
	void newFormOffersCountriesTopicsAndMechanisms() {
		Document page = Pages.ok(this.mvc, "/admin/sd-statements/new");
		assertThat(page.select("select#countryIso2 option[value=PE]").text()).isEqualTo("Peru (PE)");
		assertThat(page.select("select#topic option").eachText()).contains("Participation requirements", "Safeguards");
		assertThat(page.select("select#mechanism option").eachText()).contains("Article 6.2", "Articles 6.2 and 6.4");
	}

	@Test
	@Transactional
	void publishedStatementAppearsInTheSustainableDevelopmentSectionOfItsCountry() {
		MultiValueMap<String, String> fields = statement("sd-pe-participation",
				"Peru authorises each transfer with a letter of approval from the Ministry of the Environment.");
		fields.set("topic", "PARTICIPATION_REQUIREMENTS");
		MvcTestResult created = create(fields);
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(created.getResponse().getRedirectedUrl()).matches("/admin/sd-statements/\\d+/edit");
		Element section = peruSection();
		assertThat(section.select("article.record#sd-pe-participation").text())
			.contains("letter of approval from the Ministry of the Environment");
		// under its topic's heading, beside Peru's seeded rule (RENAMI, a national regulation)
		assertThat(section.select(".sd-topic:has(#sd-pe-participation) > h3").text())
			.isEqualTo("Participation requirements");
		assertThat(section.select(".empty")).isEmpty();

		Document list = Pages.html(this.mvc.get().uri("/admin/sd-statements?country=PE&sort=-updatedAt").exchange());
		assertThat(list.select("table tbody tr td:first-child a").eachText()).containsOnly("Peru (PE)").hasSize(2);
		Document search = Pages.html(this.mvc.get().uri("/admin/sd-statements?q=MINISTRY&status=published").exchange());
		assertThat(search.select("table tbody tr")).hasSize(1);
		Document otherCountry = Pages.html(this.mvc.get().uri("/admin/sd-statements?country=CO").exchange());
		assertThat(otherCountry.select("table tbody tr")).isEmpty();
	}

	@Test
	@Transactional
	void draftStatementIsNotPublic() {
		MultiValueMap<String, String> draft = statement("sd-pe-draft", "Peru is still drafting its safeguards.");
		draft.set("publicationStatus", "DRAFT");
		assertThat(create(draft)).hasStatus(HttpStatus.FOUND);
		assertThat(peruSection().text()).doesNotContain("still drafting");
	}

	@Test
	@Transactional
	void markupInTheBodyIsStoredButNeverRunsOnThePublicPage() {
		String body = "Safeguards apply. <script>alert(1)</script> <img src=x onerror=alert(1)>";
		MvcTestResult created = create(statement("sd-pe-markup", body));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		Document edit = Pages.html(this.mvc.get().uri(created.getResponse().getRedirectedUrl()).exchange());
		assertThat(edit.select("textarea#body").text()).isEqualTo(body);
		Element section = peruSection();
		assertThat(section.text()).contains("Safeguards apply.");
		assertThat(section.select("script")).isEmpty();
		assertThat(section.select("[onerror]")).isEmpty();
	}

	@Test
	@Transactional
	void anotherCountryNamedInTheBodyIsWarnedAboutOnTheEditPage() {
		MvcTestResult created = create(statement("sd-pe-pasted",
				"India requires every activity to report its contribution to the Sustainable Development Goals."));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		MvcTestResult edit = this.mvc.get().uri(created.getResponse().getRedirectedUrl()).exchange();
		assertThat(edit).hasStatusOk();
		Element warning = Pages.html(edit).selectFirst(".notice--warning");
		assertThat(warning).isNotNull();
		assertThat(warning.text()).contains("Text", "names another country, India");
	}

	@Test
	@Transactional
	void invalidInputIsRefusedWithTheErrorsShownAndEverythingTypedKept() {
		MultiValueMap<String, String> invalid = statement("sd-pe-invalid", "");
		invalid.set("sourceUrl", "not a web address");
		invalid.set("sourceTitle", "Ministry of the Environment, guidelines");
		MvcTestResult result = create(invalid);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".notice--error").text()).contains("Please correct the fields marked below");
		assertThat(page.select(".field--error textarea#body")).hasSize(1);
		assertThat(page.select(".field--error").text()).contains("Please fill in this field.",
				"Enter a full web address starting with http:// or https://.");
		assertThat(page.select("input#slug").val()).isEqualTo("sd-pe-invalid");
		assertThat(page.select("input#sourceUrl").val()).isEqualTo("not a web address");
		assertThat(page.select("input#sourceTitle").val()).isEqualTo("Ministry of the Environment, guidelines");
		assertThat(page.select("select#countryIso2 option[selected]").val()).isEqualTo("PE");
		assertThat(page.select("select#topic option[selected]").val()).isEqualTo("SAFEGUARDS");
	}

	@Test
	@Transactional
	void ruleWithTitleAuthorityMonthAndSecondSourceIsShownAsFarAsItsDateIsKnown() {
		MultiValueMap<String, String> fields = statement("sd-pe-registry-guidelines",
				"Guidelines for registering mitigation measures in RENAMI.");
		fields.set("topic", "NATIONAL_REGULATION");
		fields.set("mechanism", "A6_2");
		fields.add("title", "Lineamientos para el registro de medidas de mitigación");
		fields.add("authority", "Ministerio del Ambiente (MINAM)");
		fields.add("published", "2022-12");
		fields.add("otherSourceUrl", "https://www.gob.pe/institucion/minam/normas-legales");
		fields.add("otherSourceTitle", "MINAM legal norms");
		MvcTestResult created = create(fields);
		assertThat(created).hasStatus(HttpStatus.FOUND);

		Element rule = peruSection().getElementById("sd-pe-registry-guidelines");
		assertThat(rule).isNotNull();
		assertThat(rule.select("h4").text()).isEqualTo("Lineamientos para el registro de medidas de mitigación");
		assertThat(rule.select(".badge").text()).isEqualTo("Article 6.2");
		assertThat(rule.select("dl.facts dd").eachText()).containsExactly("Ministerio del Ambiente (MINAM)",
				"December 2022");
		assertThat(rule.select("dl.facts time").attr("datetime")).isEqualTo("2022-12");
		assertThat(rule.select(".sd-rule__other-source a").attr("href"))
			.isEqualTo("https://www.gob.pe/institucion/minam/normas-legales");
		Element french = Pages.ok(this.mvc, "/countries/pe?lang=fr").getElementById("sd-pe-registry-guidelines");
		assertThat(french.select("dl.facts time").text()).isEqualTo("décembre 2022");
		Element spanish = Pages.ok(this.mvc, "/countries/pe?lang=es").getElementById("sd-pe-registry-guidelines");
		assertThat(spanish.select("dl.facts time").text()).isEqualTo("diciembre de 2022");

		// the editor finds it again as typed, and a year alone is kept as a year
		Document edit = Pages.html(this.mvc.get().uri(created.getResponse().getRedirectedUrl()).exchange());
		assertThat(edit.select("input#published").val()).isEqualTo("2022-12");
		assertThat(edit.select("input#otherSourceTitle").val()).isEqualTo("MINAM legal norms");
		MultiValueMap<String, String> again = Pages.formValues(edit);
		again.set("published", "2024");
		MvcTestResult saved = this.mvc.post()
			.uri(created.getResponse().getRedirectedUrl())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(again)
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(peruSection().select("#sd-pe-registry-guidelines dl.facts time").text()).isEqualTo("2024");
	}

	@Test
	@Transactional
	void aDateThatIsNotAYearMonthOrDayAndASecondSourceWithoutTitleAreRefusedWithEverythingKept() {
		MultiValueMap<String, String> fields = statement("sd-pe-bad-date", "Registry guidelines.");
		fields.add("title", "Registry guidelines");
		fields.add("published", "Dec 2022");
		fields.add("otherSourceUrl", "https://www.gob.pe/minam");
		MvcTestResult result = create(fields);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.html(result);
		assertThat(page.select(".field--error").text()).contains(
				"Enter a year (2024), a month (2022-12) or a day (2024-05-17).",
				"Give the title of the second source.");
		assertThat(page.select("input#published").val()).isEqualTo("Dec 2022");
		assertThat(page.select("input#title").val()).isEqualTo("Registry guidelines");
		assertThat(page.select("input#otherSourceUrl").val()).isEqualTo("https://www.gob.pe/minam");
		MultiValueMap<String, String> impossible = statement("sd-pe-bad-day", "Registry guidelines.");
		impossible.add("published", "2024-02-30");
		assertThat(create(impossible)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	@Transactional
	void countryIsRequired() {
		MultiValueMap<String, String> withoutCountry = statement("sd-nowhere", "A statement about no country.");
		withoutCountry.set("countryIso2", "");
		MvcTestResult result = create(withoutCountry);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.html(result).select(".field--error select#countryIso2")).hasSize(1);
	}

	private MvcTestResult create(MultiValueMap<String, String> fields) {
		return this.mvc.post()
			.uri("/admin/sd-statements/new")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(fields)
			.exchange();
	}

	private Element peruSection() {
		return Pages.ok(this.mvc, "/countries/pe").getElementById("sustainable-development");
	}

	private static MultiValueMap<String, String> statement(String slug, String body) {
		String today = LocalDate.now().toString();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("version", "0");
		fields.add("countryIso2", "PE");
		fields.add("topic", "SAFEGUARDS");
		fields.add("mechanism", "BOTH");
		fields.add("body", body);
		// content health warns before publishing (one test names another country); these editors publish anyway
		fields.add("publishAnyway", "true");
		fields.add("publicationStatus", "PUBLISHED");
		fields.add("slug", slug);
		fields.add("sourceUrl", "https://www.gob.pe/minam");
		fields.add("sourceTitle", "Ministry of the Environment of Peru");
		fields.add("sourceRetrievedOn", today);
		fields.add("lastReviewedOn", today);
		return fields;
	}

}
