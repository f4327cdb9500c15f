package org.a6portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Editors' Markdown as safe HTML: commonmark renders it (raw HTML escaped, not passed through), then the OWASP
 * sanitiser keeps only formatting, lists, tables and http(s)/mailto links, so a {@code <script>} or an
 * {@code onerror=} typed into a text is shown inert. Templates call it as {@code ${#markdown.html(text)}} (see {@link MarkdownDialect}).
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

	private final TextContentRenderer plainRenderer = TextContentRenderer.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/**
	 * Texts change far less often than pages are rendered, and rendering is a pure function of the text: the last
	 * few megabytes of results are kept, so a page render does not parse and sanitise every text again.
	 */
	private final Cache<String, String> rendered = Caffeine.newBuilder()
		.maximumWeight(4L * 1024 * 1024)
		.weigher((String markdown, String html) -> markdown.length() + html.length())
		.build();

	/** The text without its Markdown, cut at a word boundary to at most {@code length} characters: for cards. */
	public String excerpt(@Nullable String markdown, int length) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String text = this.plainRenderer.render(this.parser.parse(markdown)).replaceAll("\\s+", " ").strip();
		if (text.length() <= length) {
			return text;
		}
		int cut = text.lastIndexOf(' ', length - 1);
		return text.substring(0, (cut > 0) ? cut : length - 1).replaceAll("[,;:.]$", "") + "…";
	}

	public String html(@Nullable String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return this.rendered.get(markdown, this::render);
	}

	private String render(String markdown) {
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

}
