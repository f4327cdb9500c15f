package org.a6portal.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.a6portal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public layout in headless Chromium: no page wider than a phone, room between the header bar and the page's
 * heading, the footer at the bottom of a short page, and a keyboard focus ring that stands out (WCAG 2.2: at least
 * 3:1 against what surrounds it).
 */
@BrowserTest
class PageLayoutBrowserTests {

	private static final List<String> PUBLIC_PAGES = List.of("/", "/countries", "/countries/pe", "/api",
			"/capacity-building/cb-iaa6", "/embed/countries/pe", "/embed/countries/pe/sectors",
			"/embed/countries/pe/national-targets");

	private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0} px, {1}")
	@CsvSource({ "320, en", "320, fr", "390, en", "390, fr", "1366, en" })
	void noPublicPageIsWiderThanTheScreen(int width, String language, Page page) {
		page.setViewportSize(width, 800);
		for (String path : PUBLIC_PAGES) {
			page.navigate(url(path + "?lang=" + language));
			Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).as("%s overflows by (px)", path).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void everyPagesHeadingStandsClearOfTheHeaderBar(Page page) {
		for (String path : List.of("/", "/countries", "/countries/pe", "/api", "/capacity-building/cb-iaa6")) {
			page.navigate(url(path));
			Object gap = page.evaluate("""
					() => document.querySelector('main h1').getBoundingClientRect().top
					  - document.querySelector('.site-header').getBoundingClientRect().bottom""");
			assertThat(((Number) gap).doubleValue()).as("space above the heading of %s (px)", path).isGreaterThanOrEqualTo(24);
		}
	}

	@Test
	void theFooterOfAShortPageSitsAtTheBottomOfTheWindow(Page page) {
		page.setViewportSize(1366, 1200);
		page.navigate(url("/countries?q=no-such-country"));
		Object gap = page.evaluate("window.innerHeight - document.querySelector('.site-footer').getBoundingClientRect().bottom");
		assertThat(((Number) gap).doubleValue()).as("space under the footer (px)").isBetween(-1.0, 1.0);
	}

	@Test
	void theFocusRingStandsOutOnWhiteAndOnTheHeaderBar(Page page) {
		page.navigate(url("/countries"));
		page.keyboard().press("Tab"); // skip link
		page.keyboard().press("Tab"); // the brand, on the header bar
		String[] onHeader = focusStyle(page);
		assertThat(onHeader[0]).as("focused element").isEqualTo("A.brand");
		String headerBar = (String) page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor");
		assertThat(contrast(onHeader[2], headerBar)).as("halo %s against the header bar %s", onHeader[2], headerBar)
			.isGreaterThanOrEqualTo(3);
		assertThat(contrast(onHeader[1], onHeader[2])).as("ring against its halo").isGreaterThanOrEqualTo(3);
		page.locator("main .country-list a").first().focus(); // after keyboard use, focus shows as a ring too
		String[] onWhite = focusStyle(page);
		assertThat(onWhite[3]).as("outline width").isEqualTo("3px");
		assertThat(contrast(onWhite[1], "rgb(255, 255, 255)")).as("ring %s on white", onWhite[1]).isGreaterThanOrEqualTo(3);
	}

	/** The focused element, its outline colour, the colour of its box shadow (the halo) and the outline's width. */
	private static String[] focusStyle(Page page) {
		Object style = page.evaluate("""
				() => {
				  const element = document.activeElement;
				  const computed = getComputedStyle(element);
				  return [element.tagName + '.' + element.className, computed.outlineColor, computed.boxShadow, computed.outlineWidth];
				}""");
		return ((List<?>) style).stream().map(String::valueOf).toArray(String[]::new);
	}

	/** WCAG contrast ratio of the first colours named in two CSS colour strings. */
	static double contrast(String first, String second) {
		double a = luminance(first);
		double b = luminance(second);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String color) {
		Matcher rgb = RGB.matcher(color);
		assertThat(rgb.find()).as("a colour in %s", color).isTrue();
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double value = Integer.parseInt(rgb.group(i + 1)) / 255.0;
			channels[i] = (value <= 0.04045) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
