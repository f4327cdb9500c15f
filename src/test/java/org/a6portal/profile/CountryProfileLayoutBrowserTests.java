package org.a6portal.profile;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.a6portal.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peru's page as phones, printers and embeds lay it out: every table field on screen, the printed page without the
 * site's controls, and the sector chart's labels readable at every width in every language.
 */
@BrowserTest
class CountryProfileLayoutBrowserTests {

	/** Table cells (with their column's name) and tables that reach past the screen's right edge. */
	private static final String CELLS_OFF_SCREEN = """
			() => {
			  const width = document.documentElement.clientWidth;
			  const problems = [];
			  document.querySelectorAll('main table').forEach((table) => {
			    if (table.getBoundingClientRect().right > width + 0.5) {
			      problems.push('table ' + (table.caption ? table.caption.textContent.trim() : '') + ' ends at '
			        + Math.round(table.getBoundingClientRect().right));
			    }
			    table.querySelectorAll('tbody td').forEach((cell) => {
			      const box = cell.getBoundingClientRect();
			      if (box.right > width + 0.5 || box.width === 0) {
			        problems.push((cell.dataset.label || 'unlabelled cell') + ' at ' + Math.round(box.left) + '..' + Math.round(box.right));
			      }
			    });
			  });
			  return problems;
			}""";

	/** The column name each stacked cell shows, and the cells that show none. */
	private static final String UNLABELLED_CELLS = """
			() => [...document.querySelectorAll('main table tbody td')]
			  .filter((cell) => getComputedStyle(cell.closest('table').querySelector('thead')).position === 'absolute')
			  .filter((cell) => !getComputedStyle(cell, '::before').content.includes(cell.dataset.label || '\\u0000'))
			  .map((cell) => cell.textContent.trim())""";

	/**
	 * Each chart label's rendered font size in CSS pixels (its computed size times the scale of any SVG it is drawn
	 * in) and whether it runs into a bar of its row.
	 */
	private static final String CHART_LABELS = """
			() => [...document.querySelectorAll('.bar-chart__label')].map((label) => {
			  const svg = label.closest('svg');
			  const scale = (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width)
			    ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
			  const box = label.getBoundingClientRect();
			  const overlaps = [...label.parentElement.querySelectorAll('rect')]
			    .map((bar) => bar.getBoundingClientRect())
			    .filter((bar) => bar.width > 0)
			    .some((bar) => box.left < bar.right && bar.left < box.right && box.top < bar.bottom && bar.top < box.bottom);
			  return { text: label.textContent.trim(), px: parseFloat(getComputedStyle(label).fontSize) * scale,
			    overlaps, overflows: label.scrollWidth > label.clientWidth + 1 };
			})""";

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0} px, {1}")
	@CsvSource({ "390, en", "390, fr", "320, en", "320, fr", "320, es", "820, fr", "900, fr" })
	void everyTableFieldIsOnScreenAndNamedOnAPhoneOrTablet(int width, String language, Page page) {
		page.setViewportSize(width, 800);
		page.navigate(url("/countries/pe?lang=" + language));
		assertThat(page.evaluate(CELLS_OFF_SCREEN)).as("cells past the right edge").isEqualTo(List.of());
		assertThat(page.evaluate(UNLABELLED_CELLS)).as("stacked cells without their column's name").isEqualTo(List.of());
		assertThat(horizontalOverflow(page)).as("page wider than the screen").isLessThanOrEqualTo(0);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en", "fr" })
	void aPrintedPageHasTheContentEveryColumnAndEachSourcesAddress(String language, Page page) {
		// A4 less 1.5 cm margins is about 680 CSS pixels wide
		page.setViewportSize(680, 1000);
		page.navigate(url("/countries/pe?lang=" + language));
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		for (String control : List.of(".site-nav", ".languages", ".toc", ".share", ".copy-link")) {
			assertThat(page.locator(control).first().isVisible()).as("%s on paper", control).isFalse();
		}
		assertThat(page.evaluate(CELLS_OFF_SCREEN)).as("cells cut at the paper's edge").isEqualTo(List.of());
		@SuppressWarnings("unchecked")
		List<Map<String, String>> sources = (List<Map<String, String>>) page.evaluate("""
				() => [...document.querySelectorAll('.source a[href^="http"]')]
				  .map((link) => ({ href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content }))""");
		assertThat(sources).isNotEmpty()
			.allSatisfy((source) -> assertThat(source.get("after")).isEqualTo("\" (" + source.get("href") + ")\""));
		assertThat(page.pdf()).as("the PDF Chromium prints").isNotEmpty();
	}

	@ParameterizedTest(name = "{0} px, {1}")
	@CsvSource({ "1366, en", "1366, fr", "390, en", "390, fr", "390, es", "320, en", "320, fr", "320, es" })
	void sectorChartLabelsAreReadableAndClearOfTheBars(int width, String language, Page page) {
		page.setViewportSize(width, 800);
		page.navigate(url("/countries/pe?lang=" + language));
		assertChartLabelsReadable(page);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "en", "fr", "es" })
	void sectorChartLabelsAreReadableInA400PixelEmbed(String language, Page page) {
		page.setViewportSize(400, 600);
		page.navigate(url("/embed/countries/pe/sectors?lang=" + language));
		assertChartLabelsReadable(page);
	}

	/** Each activity-type table cell's text, font size in CSS pixels, and whether it reaches past the screen's edge. */
	private static final String TYPE_CELLS = """
			() => [...document.querySelectorAll('#sectors table.activity-types tbody th, #sectors table.activity-types tbody td')]
			  .map((cell) => ({ text: cell.textContent.trim(), px: parseFloat(getComputedStyle(cell).fontSize),
			    offScreen: cell.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5
			      || cell.getBoundingClientRect().width === 0 }))""";

	@ParameterizedTest(name = "{0} at {1} px, {2}")
	@CsvSource({ "in, 1366, en", "in, 390, fr", "in, 320, fr", "in, 320, es", "pe, 1366, en", "pe, 390, fr", "jp, 390, fr", "jp, 1366, en" })
	void activityTypesBelowTheSectorsAreReadableOnAPhoneInFrench(String country, int width, String language, Page page) {
		page.setViewportSize(width, 800);
		page.navigate(url("/countries/" + country + "?lang=" + language));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> cells = (List<Map<String, Object>>) page.evaluate(TYPE_CELLS);
		if (country.equals("jp")) {
			assertThat(cells).as("Japan's approaches name no activity type").isEmpty();
			assertThat(page.locator("#sectors .empty").isVisible()).isTrue();
		}
		else {
			assertChartLabelsReadable(page);
			assertThat(cells).isNotEmpty().allSatisfy((cell) -> {
				assertThat(((Number) cell.get("px")).doubleValue()).as("font size of %s", cell.get("text"))
					.isGreaterThanOrEqualTo(12);
				assertThat(cell.get("offScreen")).as("%s past the screen's edge", cell.get("text")).isEqualTo(false);
			});
		}
		assertThat(horizontalOverflow(page)).as("page wider than the screen").isLessThanOrEqualTo(0);
		assertThat(page.evaluate("""
				() => [...document.querySelectorAll('#sectors .bar-chart__value')]
				  .filter((value) => value.scrollWidth > value.clientWidth + 1
				    || value.getBoundingClientRect().right > value.closest('.bar-chart').getBoundingClientRect().right + 0.5)
				  .map((value) => value.textContent.trim())""")).as("bar counts cut off").isEqualTo(List.of());
		// for a person to look at: target/sector-sections/<country>-<width>-<language>.png
		page.locator("#sectors").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "sector-sections", country + "-" + width + "-" + language + ".png")));
		if (!country.equals("jp")) {
			page.locator("#sectors figure").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target", "sector-sections", country + "-" + width + "-" + language + "-chart.png")));
			page.locator("#sectors table.activity-types").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target", "sector-sections", country + "-" + width + "-" + language + "-types.png")));
		}
	}

	private void assertChartLabelsReadable(Page page) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> labels = (List<Map<String, Object>>) page.evaluate(CHART_LABELS);
		assertThat(labels).isNotEmpty().allSatisfy((label) -> {
			assertThat(((Number) label.get("px")).doubleValue()).as("font size of %s", label.get("text"))
				.isGreaterThanOrEqualTo(12);
			assertThat(label.get("overlaps")).as("%s runs into a bar", label.get("text")).isEqualTo(false);
			assertThat(label.get("overflows")).as("%s cut off", label.get("text")).isEqualTo(false);
		});
	}

	private static int horizontalOverflow(Page page) {
		return ((Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
