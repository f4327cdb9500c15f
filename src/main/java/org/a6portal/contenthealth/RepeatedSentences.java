package org.a6portal.contenthealth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds sentences that appear more than once in one text, as happens when a paragraph is pasted twice.
 */
final class RepeatedSentences {

	/** Shorter sentences ("Yes.", "Not applicable.") may well repeat on purpose. */
	private static final int SHORTEST_SENTENCE = 20;

	private static final int LONGEST_SHOWN = 80;

	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\s*\\R\\s*",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	/** Heading, quote and list markers, which are no part of the sentence. */
	private static final Pattern LEADING_MARKDOWN = Pattern.compile("^(?:(?:#{1,6}|>|[*+\\-])\\s+)+");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$",
			Pattern.UNICODE_CHARACTER_CLASS);

	private RepeatedSentences() {
	}

	/** The sentences of a text that appear again later in it, as first written and shortened to 80 characters. */
	static List<String> in(String text) {
		Map<String, String> firstWritingByKey = new HashMap<>();
		Set<String> reportedKeys = new HashSet<>();
		List<String> repeated = new ArrayList<>();
		for (String sentence : SENTENCE_BREAK.split(text)) {
			String collapsed = WHITESPACE.matcher(sentence).replaceAll(" ").strip();
			String writing = LEADING_MARKDOWN.matcher(collapsed).replaceFirst("");
			String key = comparable(writing);
			if (key.length() < SHORTEST_SENTENCE) {
				continue;
			}
			String firstWriting = firstWritingByKey.putIfAbsent(key, writing);
			if (firstWriting != null && reportedKeys.add(key)) {
				repeated.add(shortened(firstWriting));
			}
		}
		return repeated;
	}

	private static String comparable(String writing) {
		return TRAILING_PUNCTUATION.matcher(writing.toLowerCase(Locale.ROOT)).replaceFirst("");
	}

	static String shortened(String writing) {
		if (writing.codePointCount(0, writing.length()) <= LONGEST_SHOWN) {
			return writing;
		}
		return writing.substring(0, writing.offsetByCodePoints(0, LONGEST_SHOWN - 1)).stripTrailing() + "…";
	}

}
