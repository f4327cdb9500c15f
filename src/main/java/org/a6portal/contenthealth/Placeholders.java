package org.a6portal.contenthealth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that a template or a draft left in place: lorem ipsum, TBD, TODO, xxx, "[insert …]" and the like.
 */
final class Placeholders {

	/** Whole words only, so the Spanish "todos" or a name like "Maxxxwell" are not placeholders. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\blorem\\s+ipsum(?:\\s+dolor\\s+sit\\s+amet)?\\b"
			+ "|\\bdolor\\s+sit\\s+amet\\b"
			+ "|\\b(?:tbd|tbc|todo|fixme|placeholder)\\b"
			+ "|\\bx{3,}\\b"
			+ "|\\bto\\s+be\\s+completed\\b"
			+ "|\\[\\s*insert\\b[^\\]\\n]*]"
			+ "|<\\s*insert\\b[^>\\n]*>",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private Placeholders() {
	}

	/** The placeholders in a text, as written, each once (ignoring case), in order of first appearance. */
	static List<String> in(String text) {
		List<String> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			String placeholder = matcher.group();
			if (seen.add(placeholder.toLowerCase(Locale.ROOT))) {
				found.add(placeholder);
			}
		}
		return found;
	}

}
