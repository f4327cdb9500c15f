package org.a6portal.profile;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.a6portal.support.BrowserTest;
import org.a6portal.support.JavaScriptDisabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare page in Chromium: a visitor without script compares Peru with Ghana in Spanish through the picker and
 * takes a country out again; on a phone the table scrolls inside its own box with its row headers in view; on paper
 * every column fits. Screenshots for a person to look at: {@code target/compare/}.
 */
@BrowserTest
class CountryComparisonBrowserTests {

	@LocalServerPort
	private int port;

	@Test
	@JavaScriptDisabled
	void aVisitorWithoutScriptComparesPeruWithGhanaInSpanish(Page page) {
		page.navigate(url("/countries/pe?lang=es"));
		// the country page's link starts a comparison with Peru; the picker adds Ghana
		page.navigate(url(page.locator(".profile-header__compare a").getAttribute("href") + "&lang=es"));
		assertThat(page.url()).endsWith("/compare?c=pe&lang=es");
		page.getByLabel("Añadir un país").selectOption("gh");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Añadir")).click();
		assertThat(page.url()).endsWith("/compare?c=pe,gh&lang=es");
		assertThat(page.locator("table.compare-table thead th a").allTextContents()).containsExactly("Perú", "Ghana");
		assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Año de cero neto")).count())
			.isEqualTo(1);
		shoot(page, "pe-gh-es-1366");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quitar Perú")).click();
		assertThat(page.url()).endsWith("/compare?c=gh&lang=es");
		assertThat(page.locator("table.compare-table thead th a").allTextContents()).containsExactly("Ghana");
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "pe;gh, 390, es", "pe;gh;ch;in, 390, fr", "pe;gh;ch;in, 320, en", "pe;gh;ch;in, 1366, fr" })
	void onAPhoneTheTableScrollsInItsOwnBoxWithItsRowHeadersInView(String codes, int width, String language, Page page) {
		page.setViewportSize(width, 900);
		page.navigate(url("/compare?c=" + codes.replace(';', ',') + "&lang=" + language));
		assertThat(horizontalOverflow(page)).as("page wider than the screen").isLessThanOrEqualTo(0);
		Locator box = page.locator(".compare-scroll");
		Locator firstRowHeader = page.locator("table.compare-table tbody th[scope=row]").first();
		double before = firstRowHeader.boundingBox().x;
		box.evaluate("(box) => box.scrollLeft = box.scrollWidth");
		assertThat(firstRowHeader.boundingBox().x).as("row header after scrolling the table").isEqualTo(before);
		Locator lastHead = page.locator("table.compare-table thead th").last();
		assertThat(lastHead.boundingBox().x + lastHead.boundingBox().width).as("last country in view after scrolling")
			.isLessThanOrEqualTo(width + 0.5);
		box.evaluate("(box) => box.scrollLeft = 0");
		shoot(page, codes.replace(';', '-') + "-" + language + "-" + width);
	}

	@Test
	void onPaperEveryColumnFitsAndThePickerIsLeftOut(Page page) {
		// A4 less 1.5 cm margins is about 680 CSS pixels wide
		page.setViewportSize(680, 1000);
		page.navigate(url("/compare?c=pe,gh,ch,in&lang=fr"));
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator(".compare-picker").isVisible()).isFalse();
		assertThat(page.evaluate("""
				() => [...document.querySelectorAll('table.compare-table th, table.compare-table td')]
				  .filter((cell) => cell.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
				  .map((cell) => cell.textContent.trim())""")).as("cells past the paper's edge").isEqualTo(List.of());
		byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4")
			.setPath(Path.of("target", "compare", "pe-gh-ch-in-fr.pdf")));
		assertThat(pdf).isNotEmpty();
		shoot(page, "pe-gh-ch-in-fr-print");
	}

	@Test
	void mapLinksAreNamedByTheirTitle(Page page) {
		page.navigate(url("/?measure=approaches"));
		// the SVG <title> is each country link's accessible name (and its tooltip)
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Greenland: no approach").setExact(true))
			.count()).isEqualTo(1);
		assertThat(page.locator("svg.world-map__svg a[href='/countries/pe']")
			.evaluate("(link) => link.querySelector('title').textContent")).asString().matches("Peru: \\d+ approaches");
	}

	private static void shoot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "compare", name + ".png")));
	}

	private static int horizontalOverflow(Page page) {
		return ((Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
