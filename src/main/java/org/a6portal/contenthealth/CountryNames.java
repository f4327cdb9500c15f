package org.a6portal.contenthealth;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises countries' names in text: as whole words, with the capital letter of a proper noun, and preferring the
 * longest name at a position so that "Guinea" is not seen inside "Papua New Guinea".
 */
final class CountryNames {

	/** Three-letter names and short forms ("USA", "UAE") are too often something else. */
	private static final int SHORTEST_NAME = 4;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private final Map<Character, List<Name>> namesByFirstCharacter = new HashMap<>();

	CountryNames(Collection<CountryName> countries) {
		Map<String, Set<String>> iso2sByName = new LinkedHashMap<>();
		for (CountryName country : countries) {
			String iso2 = country.iso2().strip().toUpperCase(Locale.ROOT);
			for (String name : country.names()) {
				String normalised = normalised(WHITESPACE.matcher(name).replaceAll(" ").strip());
				if (normalised.codePointCount(0, normalised.length()) >= SHORTEST_NAME) {
					iso2sByName.computeIfAbsent(normalised, (key) -> new LinkedHashSet<>()).add(iso2);
				}
			}
		}
		iso2sByName.forEach((name, iso2s) -> this.namesByFirstCharacter
			.computeIfAbsent(name.charAt(0), (key) -> new ArrayList<>())
			.add(new Name(name, List.copyOf(iso2s))));
		this.namesByFirstCharacter.values()
			.forEach((names) -> names.sort(Comparator.comparingInt((Name name) -> name.text().length()).reversed()));
	}

	/** The countries named in a text, in order of appearance, a name inside a longer matched name not counting. */
	List<Mention> in(String text) {
		String normalised = normalised(text);
		List<Mention> mentions = new ArrayList<>();
		int position = 0;
		while (position < normalised.length()) {
			Name longest = null;
			int longestEnd = -1;
			if (startsWord(normalised, position)) {
				for (Name name : this.namesByFirstCharacter.getOrDefault(normalised.charAt(position), List.of())) {
					int end = matchEnd(normalised, position, name.text());
					if (end > longestEnd && endsWord(normalised, end)) {
						longest = name;
						longestEnd = end;
					}
				}
			}
			if (longest != null) {
				mentions.add(new Mention(longest.text(), longest.iso2s()));
				position = longestEnd;
			}
			else {
				position++;
			}
		}
		return mentions;
	}

	/** Composed accents and straight apostrophes, so "Côte d’Ivoire" typed either way is the same name. */
	private static String normalised(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2019', '\'');
	}

	private static boolean startsWord(String text, int position) {
		return position == 0 || !Character.isLetterOrDigit(text.charAt(position - 1));
	}

	/** A possessive ("India's") ends the word too, since the apostrophe is no letter. */
	private static boolean endsWord(String text, int end) {
		return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
	}

	/**
	 * Where a name written at a position ends, or -1: the first letter as given, the others in any case (so a heading
	 * in capitals still counts), and any run of whitespace where the name has a space.
	 */
	private static int matchEnd(String text, int position, String name) {
		int at = position;
		for (int index = 0; index < name.length(); index++) {
			char expected = name.charAt(index);
			if (expected == ' ') {
				if (at >= text.length() || !isSpace(text.charAt(at))) {
					return -1;
				}
				while (at < text.length() && isSpace(text.charAt(at))) {
					at++;
				}
				continue;
			}
			if (at >= text.length()) {
				return -1;
			}
			char actual = text.charAt(at);
			boolean same = (index == 0) ? actual == expected : sameIgnoringCase(actual, expected);
			if (!same) {
				return -1;
			}
			at++;
		}
		return at;
	}

	private static boolean isSpace(char character) {
		return Character.isWhitespace(character) || Character.isSpaceChar(character);
	}

	private static boolean sameIgnoringCase(char first, char second) {
		return first == second || Character.toUpperCase(first) == Character.toUpperCase(second)
				|| Character.toLowerCase(first) == Character.toLowerCase(second);
	}

	/**
	 * A name as recognised, with the countries it names (usually one; a short form may be shared).
	 *
	 * @param text the name
	 * @param iso2s the upper-case iso2 codes of the countries it names, in the order they were given
	 */
	record Name(String text, List<String> iso2s) {
	}

	/**
	 * A country name found in a text.
	 *
	 * @param name the name as given to the check
	 * @param iso2s the upper-case iso2 codes of the countries it names
	 */
	record Mention(String name, List<String> iso2s) {
	}

}
