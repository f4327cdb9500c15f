package org.a6portal.web;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers, feed readers and crawlers ask for {@code /favicon.ico} whatever the page links; the layout links the SVG.
 */
@IntegrationTest
class FaviconIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void faviconIcoIsAnIcon() {
		MvcTestResult result = this.mvc.get().uri("/favicon.ico").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("image/");
		// an ICO file starts with reserved 0, type 1 (icon)
		assertThat(result.getResponse().getContentAsByteArray()).startsWith(0, 0, 1, 0);
	}

	@Test
	void theSvgIconThePagesLinkIsServed() {
		assertThat(Pages.ok(this.mvc, "/").select("link[rel=icon]").eachAttr("href")).contains("/img/favicon.svg");
		assertThat(this.mvc.get().uri("/img/favicon.svg")).hasStatusOk().hasContentType("image/svg+xml");
	}

}
