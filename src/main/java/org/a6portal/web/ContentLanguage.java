package org.a6portal.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * The language of a text from the data, for its {@code lang} attribute. Records are written in English, with a few
 * exceptions quoted as published (a Chilean agreement's Spanish title, a Senegalese paper's French headline). A text
 * counts as Spanish or French only when at least two function words found only in that language outnumber its
 * English function words; anything else, short or undecided, is English. Words Spanish and French share ("de",
 * "la", "en") decide nothing.
 */
final class ContentLanguage {

	/** The language record texts are written in unless they show otherwise. */
	static final String DEFAULT = "en";

	private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

	private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "for", "in", "on", "with", "between",
			"by", "from", "under", "is", "are", "its", "their", "an", "at", "as", "this", "that");

	private static final Set<String> SPANISH = Set.of("el", "los", "las", "del", "al", "y", "para", "con", "por", "una",
			"sobre", "su", "sus", "lo", "es", "como");

	private static final Set<String> FRENCH = Set.of("le", "les", "des", "du", "au", "aux", "et", "pour", "avec", "dans",
			"par", "une", "sur", "à", "est", "ses", "leur", "leurs", "ce", "cette");

	/**
	 * A page asks the language of every text it shows (a country page: hundreds of titles and notes) on each render,
	 * and the answer depends on the text alone: the answers for the last megabyte or so of texts are kept.
	 */
	private static final Cache<String, String> known = Caffeine.newBuilder()
		.maximumWeight(1024 * 1024)
		.weigher((String text, String language) -> text.length())
		.build();

	private ContentLanguage() {
	}

	/** "en", "es" or "fr": the language the text is written in, as far as its function words tell. */
	static String of(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return DEFAULT;
		}
		return known.get(text, ContentLanguage::guess);
	}

	private static String guess(String text) {
		int english = 0;
		int spanish = 0;
		int french = 0;
		for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
			if (ENGLISH.contains(word)) {
				english++;
			}
			else if (SPANISH.contains(word)) {
				spanish++;
			}
			else if (FRENCH.contains(word)) {
				french++;
			}
		}
		if (spanish >= 2 && spanish > english && spanish > french) {
			return "es";
		}
		if (french >= 2 && french > english && french > spanish) {
			return "fr";
		}
		return DEFAULT;
	}

}
