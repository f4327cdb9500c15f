package org.a6portal.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.a6portal.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's page, served from another origin, frames Peru's embed and its reader sees Peru's summary in it; the
 * full page refuses to be framed. With the portal's resize script the frame takes the height the embed reports;
 * without it, the snippet's height still fits the summary on a phone.
 */
@BrowserTest
class EmbedBrowserTests {

	/** The iframe height the share panel's snippet gives (profile/show.html). */
	private static final int SNIPPET_HEIGHT = 780;

	@LocalServerPort
	private int port;

	private HttpServer partner;

	@BeforeEach
	void startPartnerSite() throws IOException {
		this.partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.partner.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			String query = (exchange.getRequestURI().getQuery() != null) ? exchange.getRequestURI().getQuery() : "";
			String portal = "http://localhost:" + this.port;
			byte[] body = (path.startsWith("/resizing") ? resizingPartnerPage(portal, path.substring("/resizing".length()), query)
					: path.startsWith("/snippet") ? snippetPartnerPage(portal, query)
					: "<!DOCTYPE html><html><head><title>Partner</title></head><body><h1>Partner ministry</h1>"
							+ "<iframe id=\"a6\" title=\"Peru\" width=\"800\" height=\"500\" src=\"" + portal
							+ (path.contains("full") ? "/countries/pe" : "/embed/countries/pe") + "\"></iframe></body></html>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.partner.start();
	}

	/** A partner page as the share panel's snippet suggests: the iframe, then the portal's resize script. */
	private static String resizingPartnerPage(String portal, String embed, String query) {
		return "<!DOCTYPE html><html><head><title>Partner</title></head><body><h1>Partner ministry</h1>"
				+ "<iframe id=\"a6\" title=\"Peru\" width=\"400\" height=\"150\" src=\"" + portal + embed + "?" + query
				+ "\"></iframe><script src=\"" + portal + "/js/embed-resize.js\" async></script><p id=\"after\">After</p></body></html>";
	}

	/** The share panel's snippet with its script left out, in a narrow column: the iframe keeps the height it has. */
	private static String snippetPartnerPage(String portal, String query) {
		String[] codeAndLanguage = query.split("-");
		return "<!DOCTYPE html><html><head><title>Partner</title></head><body><div id=\"column\">"
				+ "<iframe id=\"a6\" title=\"Embed\" width=\"320\" height=\"" + SNIPPET_HEIGHT + "\" src=\"" + portal
				+ "/embed/countries/" + codeAndLanguage[0] + "?lang=" + codeAndLanguage[1] + "\"></iframe></div></body></html>";
	}

	@AfterEach
	void stopPartnerSite() {
		this.partner.stop(0);
	}

	@Test
	void partnerPageShowsPerusSummaryInsideAnIframe(Page page) {
		page.navigate("http://127.0.0.1:" + this.partner.getAddress().getPort() + "/");
		FrameLocator embed = page.frameLocator("#a6");
		assertThat(embed.locator("h1")).hasText("Peru");
		// the link back is at the portal's configured public address (portal.base-url), whatever address served the frame
		assertThat(embed.locator(".embed-footer a")).hasAttribute("href", "http://localhost:8080/countries/pe");
	}

	@ParameterizedTest(name = "{0}, {1}")
	@CsvSource({ "/embed/countries/pe, en", "/embed/countries/pe, fr", "/embed/countries/pe/article-6-2, en",
			"/embed/countries/pe/capacity-building, es" })
	void anEmbedOnAnotherOriginTellsItsFrameHowTallItIsAndTheFrameFits(String embed, String language, Page page) {
		page.navigate(partner("/resizing" + embed + "?lang=" + language));
		Frame frame = page.locator("#a6").elementHandle().contentFrame();
		assertThat(page.frameLocator("#a6").locator(".embed-footer")).isVisible();
		page.waitForFunction("() => document.getElementById('a6').style.height !== ''");
		page.waitForFunction("(inner) => Math.abs(document.getElementById('a6').clientHeight - inner) < 1",
				frame.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)"));
		Object scroll = frame.evaluate("document.documentElement.scrollHeight - document.documentElement.clientHeight");
		assertThat(((Number) scroll).intValue()).as("inner scroll (px)").isLessThanOrEqualTo(0);
	}

	@Test
	void theResizeScriptHeedsOnlyWellFormedMessagesFromThePortalsFrames(Page page) {
		page.navigate(partner("/resizing/embed/countries/pe?lang=en"));
		page.waitForFunction("() => document.getElementById('a6').style.height !== ''");
		// dispatched synchronously: each line reads the height right after the script has seen the message
		Object heights = page.evaluate("""
				(portal) => {
				  const frame = document.getElementById('a6');
				  const send = (origin, source, data) => {
				    window.dispatchEvent(new MessageEvent('message', { origin, source, data }));
				    return frame.style.height;
				  };
				  const good = { type: 'a6portal:embed-height', height: 333 };
				  return {
				    otherOrigin: send('http://evil.invalid', frame.contentWindow, good),
				    notAFrame: send(portal, window, good),
				    wrongType: send(portal, frame.contentWindow, { type: 'other', height: 333 }),
				    notANumber: send(portal, frame.contentWindow, { type: 'a6portal:embed-height', height: '333px; color: red' }),
				    tooTall: send(portal, frame.contentWindow, { type: 'a6portal:embed-height', height: 1e9 }),
				    notAnObject: send(portal, frame.contentWindow, 'a6portal:embed-height 333'),
				    wellFormed: send(portal, frame.contentWindow, good)
				  };
				}""", "http://localhost:" + this.port);
		@SuppressWarnings("unchecked")
		Map<String, String> seen = (Map<String, String>) heights;
		assertThat(seen.get("wellFormed")).isEqualTo("333px");
		String before = seen.get("otherOrigin");
		assertThat(before).isNotEqualTo("333px");
		assertThat(List.of(seen.get("notAFrame"), seen.get("wrongType"),
				seen.get("notANumber"), seen.get("tooTall"), seen.get("notAnObject")))
			.as("height after each malformed message")
			.containsOnly(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "pe-en", "pe-es", "pe-fr", "cd-fr", "um-es", "sh-fr" })
	void theSnippetsHeightFitsTheSummaryAt320PixelsWithoutTheScript(String country, Page page) {
		page.navigate(partner("/snippet?" + country));
		assertThat(page.frameLocator("#a6").locator(".embed-footer")).isVisible();
		Frame frame = page.locator("#a6").elementHandle().contentFrame();
		Object scroll = frame.evaluate("document.documentElement.scrollHeight - document.documentElement.clientHeight");
		assertThat(((Number) scroll).intValue()).as("inner scroll (px)").isLessThanOrEqualTo(0);
	}

	private String partner(String path) {
		return "http://127.0.0.1:" + this.partner.getAddress().getPort() + path;
	}

}
