package org.a6portal.contenthealth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Finds sentences that begin with a cut-off word ("o date, representatives …", where "To date" lost its first
 * letter): a sentence whose first word is in lower case and is not a word of the text's language. The words come from
 * Debian's word lists (wamerican with wbritish, wspanish, wfrench; see {@code contenthealth/words/*.COPYRIGHT}), kept to the words
 * that begin in lower case, each list read once, when first needed.
 * <p>
 * Not flagged: a first token with a digit or a capital after its first letter (a code such as {@code tCO2e}), a
 * known abbreviation ({@code e.g.}, {@code i.e.}, {@code cf.}, {@code etc.}, {@code vs.}), and a French elision
 * ({@code l'}, {@code d'}, {@code qu'} …) before a word of the list. The lists name every letter as a word; a single
 * letter counts only where it is a word of the language ("a"; Spanish "a", "e", "o", "u", "y"; French "a", "à",
 * "y", "ô").
 */
final class SentenceStarts {

	/** A sentence starts at the text's start, after ".", "!" or "?" and a space, and on a new line (a list item's too). */
	private static final Pattern SENTENCE_START = Pattern.compile(
			"(?:\\A|[.!?]\\s+|\\n\\s*)(?:[-*+>#]+\\s+|\\d+[.)]\\s+)?[\"“«¿¡(\\s]*([\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*)");

	private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "cf", "etc", "vs", "approx", "ca", "p", "pp");

	private static final Set<String> FRENCH_ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
			"lorsqu", "puisqu", "quoiqu");

	private static final Map<String, Set<String>> ONE_LETTER_WORDS = Map.of("en", Set.of("a"), "es",
			Set.of("a", "e", "o", "u", "y"), "fr", Set.of("a", "à", "y", "ô"));

	private static final Map<String, String[]> WORDS = new ConcurrentHashMap<>();

	private SentenceStarts() {
	}

	/**
	 * The cut-off first words of a text's sentences, each once, in order.
	 * @param text the text (URLs already blanked out)
	 * @param language {@code en}, {@code es} or {@code fr}
	 */
	static List<String> in(String text, String language) {
		List<String> found = new ArrayList<>();
		Matcher matcher = SENTENCE_START.matcher(text);
		while (matcher.find()) {
			String token = matcher.group(1).replaceAll("[.\\-'’]+$", "");
			if (!token.isEmpty() && isCutOff(token, language) && !found.contains(token)) {
				found.add(token);
			}
		}
		return found;
	}

	private static boolean isCutOff(String token, String language) {
		if (!Character.isLowerCase(token.codePointAt(0))) {
			return false;
		}
		if (token.chars().skip(1).anyMatch((c) -> Character.isDigit(c) || Character.isUpperCase(c))) {
			return false;
		}
		String word = token.toLowerCase(Locale.ROOT);
		if (ABBREVIATIONS.contains(word)) {
			return false;
		}
		if (word.length() == 1) {
			return !ONE_LETTER_WORDS.getOrDefault(language, Set.of()).contains(word);
		}
		String[] apostrophe = word.split("['’]", 2);
		if (apostrophe.length == 2 && "fr".equals(language) && FRENCH_ELISIONS.contains(apostrophe[0])) {
			return !apostrophe[1].isEmpty() && !isWord(apostrophe[1], language);
		}
		if (isWord(word.replace('’', '\''), language) || isWord(apostrophe[0], language)) {
			return false;
		}
		// a compound ("off-grid", "fossil-free") whose every part is a word
		String[] parts = apostrophe[0].split("-");
		return parts.length < 2 || !Arrays.stream(parts).allMatch((part) -> !part.isEmpty() && isWord(part, language));
	}

	private static boolean isWord(String word, String language) {
		String[] words = WORDS.computeIfAbsent(language, SentenceStarts::load);
		return Arrays.binarySearch(words, word) >= 0 || Arrays.binarySearch(words, word.replaceAll("\\.", "")) >= 0;
	}

	private static String[] load(String language) {
		String resource = "/contenthealth/words/" + language + ".txt.gz";
		try (InputStream in = SentenceStarts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Word list missing: " + resource);
			}
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			String[] words = reader.lines().map((line) -> line.toLowerCase(Locale.ROOT)).toArray(String[]::new);
			Arrays.sort(words);
			return words;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
