package org.a6portal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors' Markdown becomes safe HTML, the same the second time a text is rendered (from the kept results) as the
 * first.
 */
class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void formattingAndWebLinksSurviveAndScriptsDoNot() {
		String html = this.markdown.html("**Bold** and [a source](https://example.org/a)\n\n<script>alert(1)</script>"
				+ "\n\n[bad](javascript:alert(2)) <img src=x onerror=alert(3)>");
		assertThat(html).contains("<strong>Bold</strong>")
			.contains("<a href=\"https://example.org/a\" rel=\"nofollow noopener\">a source</a>")
			.doesNotContain("<script", "javascript:", "onerror=", "<img");
	}

	@Test
	void aTextRenderedAgainGivesTheSameHtml() {
		String text = "A *first* text with a [link](https://example.org/b).";
		String first = this.markdown.html(text);
		String again = this.markdown.html(new String(text.toCharArray()));
		assertThat(again).isEqualTo(first).contains("<em>first</em>");
		assertThat(this.markdown.html("A *first* text, edited.")).isNotEqualTo(first).contains("edited.");
	}

	@Test
	void blankTextsRenderAsNothing() {
		assertThat(this.markdown.html(null)).isEmpty();
		assertThat(this.markdown.html("  \n ")).isEmpty();
	}

}
