package org.a6portal.support;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser-test extension itself: a stylesheet, image or script that fails to load is a problem for the test
 * (only the page the test asked for may answer 4xx), and a test marked {@link JavaScriptDisabled} drives a page
 * that runs no script.
 */
@BrowserTest
class PageProblemsBrowserTests {

	@LocalServerPort
	private int port;

	@Test
	void aStylesheetImageOrScriptThatFailsToLoadIsAProblem(Page page, PageProblems problems) {
		page.navigate(url("/countries"));
		page.setContent("<!DOCTYPE html><title>Broken</title><link rel=\"stylesheet\" href=\"" + url("/css/no-such.css")
				+ "\"><img src=\"" + url("/img/no-such.png") + "\" alt=\"\"><script src=\"" + url("/js/no-such.js")
				+ "\"></script>");
		List<String> broken = List.of(url("/css/no-such.css"), url("/img/no-such.png"), url("/js/no-such.js"));
		List<String> reported = new ArrayList<>();
		// the browser reports each load as it ends; Playwright delivers the reports while the test waits on it
		page.waitForCondition(() -> {
			reported.addAll(problems.takeAll());
			return broken.stream().allMatch((url) -> reported.stream().anyMatch((problem) -> problem.contains(url)));
		});
		// a clean page: whatever else the broken one said (e.g. that a 404's body is no stylesheet) arrives before it
		page.navigate(url("/countries"));
		reported.addAll(problems.takeAll());
		assertThat(reported).allMatch((problem) -> problem.contains("no-such"))
			// a broken image, unlike a stylesheet or script, says nothing else: no refused body
			.anyMatch((problem) -> problem.contains("404") && problem.endsWith(url("/img/no-such.png")));
	}

	@Test
	void thePageTheTestAskedForMayAnswer404(Page page, PageProblems problems) {
		page.navigate(url("/countries/no-such-country"));
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(1))).isVisible();
		assertThat(problems.takeAll()).isEmpty();
	}

	@Test
	@JavaScriptDisabled
	void aPageWithJavaScriptDisabledRunsNoScript(Page page) {
		page.setContent("<!DOCTYPE html><title>Static</title><p id=\"said\">static</p>"
				+ "<script>document.getElementById('said').textContent = 'a script ran';</script>");
		assertThat(page.locator("#said")).hasText("static");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
