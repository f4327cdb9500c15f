package org.a6portal.contenthealth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words that speak to whoever compiled the data rather than to the reader: "seed" (a seed file, "the seed
 * lists …") and "reference page" (the page the data was first compiled from).
 */
final class CompilerWords {

	/** Whole words only, so "seedling", "Seedorf" or "reference pages" are not flagged; "seeds" is. */
	private static final Pattern COMPILER_WORDS = Pattern.compile("\\bseeds?\\b|\\breference\\s+page\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private CompilerWords() {
	}

	/** The compiler's words in a text, as written, each once (ignoring case), in order of first appearance. */
	static List<String> in(String text) {
		List<String> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Matcher matcher = COMPILER_WORDS.matcher(text);
		while (matcher.find()) {
			String words = matcher.group();
			if (seen.add(words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
				found.add(words);
			}
		}
		return found;
	}

}
