package org.a6portal.country;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.a6portal.support.BrowserTest;
import org.a6portal.support.JavaScriptDisabled;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The country list's filter is a plain form: it works with JavaScript off.
 */
@BrowserTest
class CountryIndexBrowserTests {

	@LocalServerPort
	private int port;

	@Test
	void filteringTheCountryListFindsPeru(Page page) {
		page.navigate("http://localhost:" + this.port + "/countries");
		page.getByLabel("Find a country").fill("peru");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
		assertThat(page).hasURL("http://localhost:" + this.port + "/countries?q=peru");
		assertThat(page.locator(".country-list a")).hasText(new String[] { "Peru" });
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Peru").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Peru");
	}

	@Test
	@JavaScriptDisabled
	void filterWorksWithJavaScriptSwitchedOff(Page page) {
		// the page with JavaScript off is the one the extension checks for failed loads and screenshots
		page.navigate("http://localhost:" + this.port + "/countries");
		page.getByLabel("Find a country").fill("Suiza");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
		assertThat(page).hasURL("http://localhost:" + this.port + "/countries?q=Suiza");
		assertThat(page.locator(".country-list a")).hasText(new String[] { "Switzerland" });
	}

}
