package org.a6portal.profile;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.a6portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Peru page in headless Chromium: it renders under the strict CSP, its anchors work, its cards lead on.
 */
@BrowserTest
class CountryProfileBrowserTests {

	@LocalServerPort
	private int port;

	@Test
	void peruPageShowsItsSeededSections(Page page) {
		CountryProfilePage peru = CountryProfilePage.open(page, baseUrl(), "pe");
		assertThat(peru.heading()).isEqualTo("Peru");
		assertThat(peru.section("article-6-2").locator("article.record")).hasCount(3);
		assertThat(peru.section("article-6-4").locator("table.pacm-table tbody tr:not(.group-row)")).hasCount(19);
		assertThat(peru.section("national-targets")).containsText("updated NDC 2020");
		assertThat(peru.section("sectors").locator("rect.bar-chart__a62").first()).isVisible();
	}

	@Test
	void tableOfContentsLinkJumpsToItsSection(Page page) {
		CountryProfilePage peru = CountryProfilePage.open(page, baseUrl(), "pe");
		peru.followTableOfContentsLink("Article 6.4 | Paris Agreement Crediting Mechanism");
		assertThat(peru.url()).endsWith("/countries/pe#article-6-4");
		assertThat(peru.section("article-6-4").getByRole(AriaRole.HEADING).first()).isInViewport();
	}

	@Test
	void anchorFromAPartnerLinkSurvivesTheRedirect(Page page) {
		page.navigate(baseUrl() + "/countries/peru#capacity-building");
		assertThat(page.url()).isEqualTo(baseUrl() + "/countries/pe#capacity-building");
		assertThat(page.locator("#capacity-building-heading")).isInViewport();
	}

	@Test
	void readMoreOnACapacityBuildingCardOpensTheProjectPage(Page page) {
		CountryProfilePage peru = CountryProfilePage.open(page, baseUrl(), "pe");
		peru.readMoreAbout("Integrated Assessment for Article 6 (IAA6)");
		assertThat(page).hasURL(baseUrl() + "/capacity-building/cb-iaa6");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Integrated Assessment for Article 6 (IAA6)");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Peru").setExact(true)).click();
		assertThat(page).hasURL(baseUrl() + "/countries/pe#capacity-building");
	}

	@Test
	void pageReadsWellAtPhoneWidth(Page page) {
		page.setViewportSize(390, 844);
		CountryProfilePage.open(page, baseUrl(), "pe");
		Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
