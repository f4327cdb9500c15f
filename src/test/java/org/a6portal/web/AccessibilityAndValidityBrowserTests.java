package org.a6portal.web;

import java.util.List;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.a6portal.support.BrowserTest;
import org.a6portal.support.HtmlChecker;
import org.a6portal.support.TestEditors;
import org.a6portal.web.CheckedPages.CheckedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in {@link CheckedPages}, as Chromium renders it: axe-core finds no violation of its WCAG 2.0, 2.1 and 2.2
 * level A and AA rules, and the Nu HTML Checker no error in the markup the portal sent. One running portal and one
 * browser serve all pages.
 */
@BrowserTest
class AccessibilityAndValidityBrowserTests {

	/** axe-core's tags for the WCAG 2.2 A and AA success criteria (2.2 adds to 2.1, which adds to 2.0). */
	private static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	static Stream<CheckedPage> pages() {
		return CheckedPages.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pageHasNoAccessibilityViolationAndNoHtmlError(CheckedPage checked, Page page) {
		if (checked.signedIn()) {
			signIn(page);
		}
		Response response = page.navigate(url(checked.path()));
		assertThat(response.status()).as("status of " + checked.path()).isEqualTo(checked.status());

		AxeResults axe = new AxeBuilder(page).withTags(WCAG_22_A_AA).analyze();
		assertThat(axe.getErrorMessage()).as("axe-core's error").isNull();
		assertThat(axe.getPasses()).as("the rules axe-core ran and the page passed").isNotEmpty();
		assertThat(violations(axe)).as("axe-core's WCAG 2.2 A/AA violations on " + checked.path()).isEmpty();

		assertThat(HtmlChecker.errors(response.text(), url(checked.path())))
			.as("the Nu HTML Checker's errors in " + checked.path())
			.isEmpty();
	}

	/** The checks can fail: a page with an image without a text alternative and a misnested paragraph fails both. */
	@Test
	void bothCheckersReportAFaultyPage(Page page) {
		page.navigate(url("/countries"));
		String faulty = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Faulty</title></head>"
				+ "<body><main><p><div>misnested</div></p><img src=\"/favicon.ico\"></main></body></html>";
		page.setContent(faulty);
		assertThat(new AxeBuilder(page).withTags(WCAG_22_A_AA).analyze().getViolations()).extracting(Rule::getId)
			.contains("image-alt");
		assertThat(HtmlChecker.errors(faulty, url("/faulty")))
			.anyMatch((error) -> error.contains("“p” end tag"))
			.anyMatch((error) -> error.contains("“alt” attribute"));
	}

	private void signIn(Page page) {
		page.navigate(url("/admin/login"));
		page.getByLabel("E-mail address").fill(this.editors.create("editor"));
		page.getByLabel("Password").fill(TestEditors.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(url("/admin"));
	}

	/** Each violation as its rule, its help and the elements it found, so a failure says what to fix. */
	private static List<String> violations(AxeResults axe) {
		return axe.getViolations().stream().map(AccessibilityAndValidityBrowserTests::describe).toList();
	}

	private static String describe(Rule rule) {
		StringBuilder text = new StringBuilder(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
		for (CheckedNode node : rule.getNodes()) {
			text.append("\n    ").append(node.getTarget()).append(" ").append(node.getHtml());
		}
		return text.toString();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
