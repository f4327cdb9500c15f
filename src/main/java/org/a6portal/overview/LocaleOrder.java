package org.a6portal.overview;

import java.util.Locale;

/**
 * Text in SQL sorted as the visitor's language sorts it: PostgreSQL's ICU collation of the page's language (accents
 * and case in their place, "Émirats" among the E's), for names and titles. Cheaper than folding every row's text
 * before sorting (the sort compares with the collation; no function runs per row). Only these fixed names are ever
 * written into SQL.
 */
public final class LocaleOrder {

	private LocaleOrder() {
	}

	/** The column, or expression, sorted in the language's collation: {@code c.name_fr COLLATE "fr-x-icu"}. */
	public static String collated(String column, Locale locale) {
		return column + " COLLATE " + switch (locale.getLanguage()) {
			case "es" -> "\"es-x-icu\"";
			case "fr" -> "\"fr-x-icu\"";
			default -> "\"en-x-icu\"";
		};
	}

	/** The country name column ({@code <alias>.name_en|es|fr}) of the language. */
	public static String countryName(String alias, Locale locale) {
		return alias + "." + switch (locale.getLanguage()) {
			case "es" -> "name_es";
			case "fr" -> "name_fr";
			default -> "name_en";
		};
	}

}
