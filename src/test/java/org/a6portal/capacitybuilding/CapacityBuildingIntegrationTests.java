package org.a6portal.capacitybuilding;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CapacityBuildingIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void projectPageShowsItsFactsCountriesAndSource() {
		Document page = Pages.ok(this.mvc, "/capacity-building/cb-iaa6");
		assertThat(page.select("h1").text()).isEqualTo("Integrated Assessment for Article 6 (IAA6)");
		assertThat(page.select(".inline-list a").eachText()).containsExactly("Peru", "Sri Lanka", "Tanzania, United Republic of");
		assertThat(page.select("p.source a").attr("href"))
			.isEqualTo("https://unepccc.org/project/integrated-assessment-for-article-6-iaa6/");
	}

	@Test
	void draftProjectIsNotFound() {
		assertThat(this.mvc.get().uri("/capacity-building/cb-neyen-readiness")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void unknownProjectIsNotFound() {
		assertThat(this.mvc.get().uri("/capacity-building/no-such-project")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
