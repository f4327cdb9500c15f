package org.a6portal.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.a6portal.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A partner's page, served from another origin, frames Peru's embed and its reader sees Peru's summary in it; the
 * full page refuses to be framed.
 */
@BrowserTest
class EmbedBrowserTests {

	@LocalServerPort
	private int port;

	private HttpServer partner;

	@BeforeEach
	void startPartnerSite() throws IOException {
		this.partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.partner.createContext("/", (exchange) -> {
			String frame = exchange.getRequestURI().getPath().contains("full") ? "/countries/pe" : "/embed/countries/pe";
			byte[] body = ("<!DOCTYPE html><html><head><title>Partner</title></head><body><h1>Partner ministry</h1>"
					+ "<iframe id=\"a6\" title=\"Peru\" width=\"800\" height=\"500\" src=\"http://localhost:" + this.port + frame
					+ "\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.partner.start();
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

}
