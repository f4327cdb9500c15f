package org.a6portal.support;

import java.io.UnsupportedEncodingException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered pages as HTML documents.
 */
public final class Pages {

	private Pages() {
	}

	/** What a browser would send back for the page's editor form as it is shown (all but the CSRF token). */
	public static MultiValueMap<String, String> formValues(Document page) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (Element input : page.select("form.form input[name]:not([name=_csrf])")) {
			if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
				fields.add(input.attr("name"), input.val());
			}
		}
		for (Element textarea : page.select("form.form textarea[name]")) {
			fields.add(textarea.attr("name"), textarea.val());
		}
		for (Element select : page.select("form.form select[name][multiple]")) {
			// as a browser does: every chosen option, nothing when none is chosen
			select.select("option[selected]").forEach((option) -> fields.add(select.attr("name"), option.val()));
		}
		for (Element select : page.select("form.form select[name]:not([multiple])")) {
			Element selected = select.selectFirst("option[selected]");
			fields.add(select.attr("name"), (selected != null) ? selected.val() : select.select("option").first().val());
		}
		return fields;
	}

	/** The page at the URI, which must have answered 200 OK. */
	public static Document ok(MockMvcTester mvc, String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return html(result);
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
