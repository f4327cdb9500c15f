package org.a6portal.support;

import java.io.UnsupportedEncodingException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Rendered pages as HTML documents.
 */
public final class Pages {

	private Pages() {
	}

	public static Document html(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
