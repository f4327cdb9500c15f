package org.a6portal.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's error report for what it rejects before the application sees it (a malformed URI such as
 * {@code /countries/%}, a null byte or a backslash in the path, an address longer than the 8 KB Tomcat reads): the
 * same security headers as every other response, no stack trace, no server version, and for a 4xx a small page of
 * the portal's that says what is wrong, in the language the browser asks for (the request's own parameters cannot be
 * read: it was refused), or in the portal's three languages when Tomcat could not read even the headers. It takes the place of the error report valve Spring Boot puts on the host.
 */
class ConnectorErrorHeaders extends ErrorReportValve {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
			Locale.FRENCH);

	ConnectorErrorHeaders() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (response.getStatus() >= 400 && !response.isCommitted() && response.getContentWritten() == 0) {
			SecurityHeadersFilter.apply(response, false);
			response.setHeader("Cache-Control", PublicCaching.NO_STORE);
			if (response.getStatus() < 500 && page(request, response)) {
				return;
			}
		}
		super.report(request, response, throwable);
	}

	/**
	 * Writes the portal's page for a refused request; false if it cannot. In the browser's language, or in English,
	 * Spanish and French one after the other where Tomcat refused the request before reading its headers (a request
	 * line longer than it reads): the language is then unknown.
	 */
	private static boolean page(Request request, Response response) {
		String acceptLanguage = request.getHeader("Accept-Language");
		List<Locale> languages = (acceptLanguage != null) ? List.of(language(acceptLanguage)) : LANGUAGES;
		try {
			StringBuilder sections = new StringBuilder();
			String title = null;
			for (Locale language : languages) {
				ResourceBundle messages = ResourceBundle.getBundle("messages/messages", language,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
				title = (title != null) ? title : text(messages, "error.400.title");
				sections.append("<section class=\"error-page\" lang=\"")
					.append(language.getLanguage())
					.append("\"><p class=\"eyebrow\">")
					.append(response.getStatus())
					.append("</p><h1>")
					.append(text(messages, "error.400.heading"))
					.append("</h1><p>")
					.append(text(messages, "error.400.explain"))
					.append("</p><ul class=\"inline-list\"><li><a href=\"/\">")
					.append(text(messages, "error.home"))
					.append("</a></li><li><a href=\"/countries\">")
					.append(text(messages, "error.browseCountries"))
					.append("</a></li></ul></section>");
			}
			response.setContentType("text/html;charset=UTF-8");
			Writer writer = response.getReporter();
			if (writer == null) {
				return false;
			}
			writer.write("<!DOCTYPE html>\n<html lang=\"" + languages.get(0).getLanguage() + "\"><head>"
					+ "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<title>" + title + "</title><link rel=\"stylesheet\" href=\"/css/portal.css\"></head><body>"
					+ "<main id=\"main\">" + sections + "</main></body></html>\n");
			return true;
		}
		catch (IOException | MissingResourceException | IllegalStateException ex) {
			return false;
		}
	}

	private static String text(ResourceBundle messages, String key) {
		return HtmlUtils.htmlEscape(messages.getString(key));
	}

	/** English, Spanish or French, as the browser prefers; English when it names none of them. */
	static Locale language(String acceptLanguage) {
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
			return (match != null) ? match : Locale.ENGLISH;
		}
		catch (IllegalArgumentException ex) {
			return Locale.ENGLISH;
		}
	}

	/** Whether a host valve is an error report valve other than this one. */
	static boolean isOtherErrorReport(Valve valve) {
		return valve instanceof ErrorReportValve && !(valve instanceof ConnectorErrorHeaders);
	}

}
