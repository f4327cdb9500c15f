package org.a6portal.profile;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The country profile page as a visitor sees it.
 */
class CountryProfilePage {

	private final Page page;

	private CountryProfilePage(Page page) {
		this.page = page;
	}

	static CountryProfilePage open(Page page, String baseUrl, String code) {
		page.navigate(baseUrl + "/countries/" + code);
		return new CountryProfilePage(page);
	}

	String heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent().strip();
	}

	Locator section(String id) {
		return this.page.locator("section#" + id);
	}

	void followTableOfContentsLink(String name) {
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("On this page"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name))
			.click();
	}

	void readMoreAbout(String projectTitle) {
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read more about " + projectTitle)).click();
	}

	String url() {
		return this.page.url();
	}

}
