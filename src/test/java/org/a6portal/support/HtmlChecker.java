package org.a6portal.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's HTML validator, {@code nu.validator:validator}) in-process: the errors it finds in a
 * page's markup, each as {@code line:column message}. Warnings and notes are not errors. Reading its schemas takes a
 * few seconds, so one checker serves every test; it checks one document at a time.
 */
public final class HtmlChecker {

	/** The schema the checker's own command line uses for text/html: HTML plus ARIA, SVG, MathML and RDFa Lite. */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static HtmlChecker shared;

	private final SimpleDocumentValidator validator;

	private final List<String> errors = new ArrayList<>();

	private HtmlChecker() throws Exception {
		ErrorHandler collect = new ErrorHandler() {

			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				HtmlChecker.this.errors.add(describe(exception));
			}

			@Override
			public void fatalError(SAXParseException exception) {
				HtmlChecker.this.errors.add(describe(exception));
			}

		};
		this.validator = new SimpleDocumentValidator(false, false, false);
		this.validator.setUpMainSchema(HTML_SCHEMA, collect);
		this.validator.setUpValidatorAndParsers(collect, false, false);
	}

	/** The errors in the HTML document, served at the address (which messages name). */
	public static synchronized List<String> errors(String html, String address) {
		try {
			if (shared == null) {
				shared = new HtmlChecker();
			}
			return shared.check(html, address);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker failed on " + address, ex);
		}
	}

	private List<String> check(String html, String address) throws Exception {
		this.errors.clear();
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setEncoding("UTF-8");
		source.setSystemId(address);
		try {
			this.validator.checkHtmlInputSource(source);
		}
		catch (SAXParseException ex) {
			// already reported to the handler, which keeps it; the checker stops at a fatal error
		}
		catch (SAXException ex) {
			this.errors.add(ex.getMessage());
		}
		return List.copyOf(this.errors);
	}

	private static String describe(SAXParseException exception) {
		return exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage();
	}

}
