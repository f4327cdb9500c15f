package org.a6portal.profile;

import java.util.ArrayList;
import java.util.List;

import org.a6portal.common.Source;
import org.a6portal.common.SourcedRecord;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peru's profile in Spanish and French: the sub-region, dates and NDC versions read in the page language, and the
 * English texts of the records are marked {@code lang="en"} so that a screen reader voices them in English
 * (WCAG 3.1.2), on the page, its embeds and the capacity-building pages it links to.
 */
@IntegrationTest
class CountryProfileLanguagesIntegrationTests {

	/** The source of Peru's NDC 3.0 target: a Spanish news item. */
	private static final String SPANISH_SOURCE_TITLE = "Perú presenta ante la ONU sus metas climáticas";


	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CountryRepository countries;

	@Autowired
	private CountryProfileService profiles;

	@Test
	void subregionIsNamedInThePageLanguage() {
		assertThat(page("es").select(".profile-header .eyebrow").text()).isEqualTo("América Latina y el Caribe América del Sur");
		assertThat(page("fr").select(".profile-header .eyebrow").text()).isEqualTo("Amérique latine et Caraïbes Amérique du Sud");
		assertThat(page("en").select(".profile-header .eyebrow").text()).isEqualTo("Latin America and the Caribbean South America");
	}

	@Test
	void datesReadInThePageLanguagesLongForm() {
		assertThat(page("es").getElementById("ca-ch-pe").select("time").first().text()).isEqualTo("20 de octubre de 2020");
		assertThat(page("fr").getElementById("ca-ch-pe").select("time").first().text()).isEqualTo("20 octobre 2020");
		assertThat(page("en").getElementById("ca-ch-pe").select("time").first().text()).isEqualTo("20 October 2020");
		assertThat(page("es").select(".last-updated time").text()).matches("\\d{1,2} de \\p{L}+ de \\d{4}");
		assertThat(page("fr").select(".last-updated time").text()).matches("\\d{1,2} \\p{L}+ \\d{4}");
	}

	@Test
	void ndcVersionsAreNamedInThePageLanguage() {
		// each version's name links to its own page
		List<String> spanish = page("es").select("#national-targets .ndc h3 > a:first-child").eachText();
		assertThat(spanish).containsExactly("CDN 3.0 (2025)", "CDN actualizada 2020", "CPDN/primera CDN (2015)");
		List<String> french = page("fr").select("#national-targets .ndc h3 > a:first-child").eachText();
		assertThat(french).containsExactly("CDN 3.0 (2025)", "CDN actualisée 2020", "CPDN/première CDN (2015)");
		assertThat(page("fr").select("#national-targets .ndc h3 [lang]")).isEmpty();
	}

	@Test
	void pacmEmptyNoteKeepsTheApostrophe() {
		assertThat(Pages.ok(this.mvc, "/countries/td").select("#article-6-4 .empty").text())
			.endsWith("confirmed from the UNFCCC’s lists.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "es", "fr" })
	void englishRecordTextsAreMarkedEnglish(String language) {
		Document page = page(language);
		List<String> texts = recordTexts();
		assertThat(texts).hasSizeGreaterThan(15);
		for (String text : texts) {
			List<Element> shown = page.select("main *").stream().filter((element) -> element.ownText().contains(text)).toList();
			assertThat(shown).as("where the page shows \"%s\"", text).isNotEmpty();
			// the one Spanish text among them (the title of a Peruvian news item) is marked Spanish
			String expected = text.startsWith(SPANISH_SOURCE_TITLE) ? "es" : "en";
			shown.forEach((element) -> assertThat(language(element)).as("language of \"%s\"", text).isEqualTo(expected));
		}
		assertThat(texts).anySatisfy((text) -> assertThat(text).startsWith(SPANISH_SOURCE_TITLE));
		assertThat(page.select("main .prose")).isNotEmpty()
			.allSatisfy((prose) -> assertThat(language(prose)).as(prose.text()).isEqualTo("en"));
		assertThat(language(page.selectFirst("#article-6-2 .section-intro"))).isEqualTo(language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "es", "fr" })
	void embedsMarkEnglishRecordTexts(String language) {
		Document section = Pages.ok(this.mvc, "/embed/countries/pe/article-6-2?lang=" + language);
		assertThat(section.select("article.record h3")).hasSize(3)
			.allSatisfy((title) -> assertThat(language(title)).isEqualTo("en"));
		assertThat(section.select("p.source a")).isNotEmpty()
			.allSatisfy((source) -> assertThat(language(source)).isEqualTo("en"));
		Document card = Pages.ok(this.mvc, "/embed/countries/pe?lang=" + language);
		assertThat(language(card.selectFirst(".last-updated"))).isEqualTo(language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "es", "fr" })
	void capacityBuildingPageMarksEnglishRecordTexts(String language) {
		for (var project : profile().capacityBuilding()) {
			Document page = Pages.ok(this.mvc, "/capacity-building/" + project.getSlug() + "?lang=" + language);
			assertThat(language(page.selectFirst("main h1"))).as(project.getTitle()).isEqualTo("en");
			page.select("main .prose, main p.source a, main dl.facts dd:not(:has(time)):not(:has(a))")
				.forEach((element) -> assertThat(language(element)).as(element.text()).isEqualTo("en"));
		}
	}

	private List<String> recordTexts() {
		CountryProfile profile = profile();
		List<String> texts = new ArrayList<>();
		for (CountryProfile.Approach item : profile.cooperation()) {
			add(texts, item.approach().getTitle());
			add(texts, item.approach().getSectorScope());
			addSource(texts, item.approach());
			item.activities().forEach((activity) -> {
				add(texts, activity.getTitle());
				addSource(texts, activity);
			});
		}
		profile.pacm().shown().forEach((activity) -> {
			add(texts, activity.getTitle());
			add(texts, activity.getUnfcccReference());
			addSource(texts, activity);
		});
		profile.targets().forEach((version) -> version.targets().forEach((target) -> addSource(texts, target)));
		profile.sustainableDevelopment().statements().forEach((statement) -> addSource(texts, statement));
		profile.sustainableDevelopment().initialReports().forEach((report) -> {
			add(texts, report.getTitle());
			addSource(texts, report);
		});
		profile.capacityBuilding().forEach((project) -> {
			add(texts, project.getTitle());
			add(texts, project.getLeadOrganisation());
		});
		add(texts, profile.country().getSummary());
		return texts;
	}

	private static void addSource(List<String> texts, SourcedRecord record) {
		Source source = record.getSource();
		if (source != null) {
			add(texts, source.title());
		}
	}

	private static void add(List<String> texts, String text) {
		if (text != null && !text.isBlank() && !texts.contains(text.strip())) {
			texts.add(text.strip());
		}
	}

	/** The language an element is read in: that of the nearest element with a {@code lang}. */
	private static String language(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.hasAttr("lang")) {
				return current.attr("lang");
			}
		}
		return "";
	}

	private CountryProfile profile() {
		Country peru = this.countries.findByIso2("PE").orElseThrow();
		return this.profiles.profileOf(peru);
	}

	private Document page(String language) {
		return Pages.ok(this.mvc, "/countries/pe?lang=" + language);
	}

}
