package org.a6portal.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Editors' Markdown as safe HTML: commonmark renders it (raw HTML escaped, not passed through), then the OWASP
 * sanitiser keeps only formatting, lists, tables and http(s)/mailto links, so a {@code <script>} or an
 * {@code onerror=} typed into a text is shown inert. Templates call it as {@code ${@markdown.html(text)}}.
 */
@Component("markdown")
public class Markdown {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "noopener")
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements("code", "pre", "hr").toFactory());

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	public String html(@Nullable String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

}
