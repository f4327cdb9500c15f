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
 * Hunspell dictionaries under the MPL (Spanish, French) and SCOWL (English), kept to the words that begin in lower case
 * (see {@code contenthealth/words/README.md}); each list is read once, when first needed, and kept front-coded.
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

	private static final Map<String, WordList> WORDS = new ConcurrentHashMap<>();

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
		WordList words = WORDS.computeIfAbsent(language, WordList::load);
		return words.contains(word) || words.contains(word.replaceAll("\\.", ""));
	}

	/**
	 * A sorted list of words kept as it is stored, front-coded (each word: how many leading characters it shares with
	 * the one before, then the rest), in blocks whose first word is whole: a lookup is a binary search over the blocks'
	 * first words, then a walk through one block. Close to a tenth of the memory of the same words as strings.
	 */
	static final class WordList {

		private static final int BLOCK = 32;

		private final String[] firsts;

		private final String[] blocks;

		private WordList(String[] firsts, String[] blocks) {
			this.firsts = firsts;
			this.blocks = blocks;
		}

		static WordList load(String language) {
			String resource = "/contenthealth/words/" + language + ".words.gz";
			try (InputStream in = SentenceStarts.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Word list missing: " + resource);
				}
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
				List<String> firsts = new ArrayList<>();
				List<String> blocks = new ArrayList<>();
				StringBuilder block = new StringBuilder();
				String previous = "";
				int count = 0;
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (line.isEmpty()) {
						continue;
					}
					String word = previous.substring(0, line.charAt(0) - '0') + line.substring(1);
					if (count > 0 && word.compareTo(previous) <= 0) {
						throw new IllegalStateException("Word list out of order at " + word + ": " + resource);
					}
					if (count % BLOCK == 0) {
						if (count > 0) {
							blocks.add(block.toString());
							block.setLength(0);
						}
						firsts.add(word);
					}
					else {
						block.append(line).append('\n');
					}
					previous = word;
					count++;
				}
				if (count > 0) {
					blocks.add(block.toString());
				}
				return new WordList(firsts.toArray(String[]::new), blocks.toArray(String[]::new));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		boolean contains(String word) {
			int found = Arrays.binarySearch(this.firsts, word);
			if (found >= 0) {
				return true;
			}
			int index = -found - 2;
			if (index < 0) {
				return false;
			}
			String block = this.blocks[index];
			String previous = this.firsts[index];
			for (int start = 0; start < block.length();) {
				int end = block.indexOf('\n', start);
				String current = previous.substring(0, block.charAt(start) - '0') + block.substring(start + 1, end);
				int order = current.compareTo(word);
				if (order >= 0) {
					return order == 0;
				}
				previous = current;
				start = end + 1;
			}
			return false;
		}

	}

}
