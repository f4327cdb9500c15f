package org.a6portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a page shows in its own language beyond its message keys, as {@code #localized} in templates (see
 * {@link LocalizedTextDialect}): dates in the language's own long form ("30 de noviembre de 2026"), texts the model
 * names as {@link MessageSourceResolvable}s, and the language of a text from the data.
 */
public class LocalizedText {

	private final MessageSource messages;

	private final Locale locale;

	private final DateTimeFormatter longDate;

	LocalizedText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dateLocale(locale));
	}

	/**
	 * English dates follow British usage, as the portal's English does ("30 November 2026"): plain {@code en}
	 * would give the American "November 30, 2026".
	 */
	static Locale dateLocale(Locale locale) {
		return (locale.getLanguage().equals("en") && locale.getCountry().isEmpty()) ? Locale.UK : locale;
	}

	/** The date in the page language's long form; empty for none. */
	public String date(@Nullable LocalDate date) {
		return (date != null) ? this.longDate.format(date) : "";
	}

	/** The text in the page language, or its default message where no bundle has it. */
	public String text(MessageSourceResolvable text) {
		return this.messages.getMessage(text, this.locale);
	}

	/**
	 * The {@code lang} a text from the data needs on this page: its language where that is not the page's, else
	 * {@code null}, which leaves the attribute out.
	 */
	public @Nullable String lang(@Nullable String text) {
		String language = ContentLanguage.of(text);
		return language.equals(this.locale.getLanguage()) ? null : language;
	}

}
