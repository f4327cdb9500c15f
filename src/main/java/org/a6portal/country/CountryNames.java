package org.a6portal.country;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Choosing a name by language, and turning names into URL slugs.
 */
public final class CountryNames {

	private CountryNames() {
	}

	public static String pick(Locale locale, String en, String es, String fr) {
		return switch (locale.getLanguage()) {
			case "es" -> es;
			case "fr" -> fr;
			default -> en;
		};
	}

	/** "Côte d'Ivoire" → "cote-d-ivoire"; "Korea, Republic of" → "korea-republic-of". */
	public static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
