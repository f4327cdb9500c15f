package org.a6portal.contenthealth;

import java.util.List;
import java.util.Locale;

/**
 * One warning about a record's content; the interface text lives in message bundles under "health.&lt;kind code&gt;".
 *
 * @param kind what the problem is
 * @param field the text or URL field's name, or {@code sourceUrl}, or {@code lastReviewedOn}
 * @param arguments the message arguments, in the order the kind documents
 */
public record ContentWarning(Kind kind, String field, List<String> arguments) {

	public ContentWarning {
		arguments = List.copyOf(arguments);
	}

	/** The message bundle key of this warning's interface text. */
	public String messageKey() {
		return "health." + this.kind.code();
	}

	/**
	 * The kinds of content problem, in the order warnings about one field are reported.
	 */
	public enum Kind {

		/** Text left in place by a template or draft; argument: the placeholder as found. */
		PLACEHOLDER_TEXT,

		/** Words meant for whoever compiled the data, not the reader ("seed", "reference page"); argument: the words as found. */
		COMPILER_WORDS,

		/** A sentence whose first word is in lower case and not a word of the text's language; argument: the word. */
		TRUNCATED_WORD,

		/** A country's name in a field that must speak only of the record's own country; arguments: the name, its iso2. */
		OTHER_COUNTRY_NAME,

		/** A sentence that appears twice in one field; argument: the sentence, shortened to 80 characters. */
		REPEATED_SENTENCE,

		/** The record has no source URL; no arguments. */
		MISSING_SOURCE_URL,

		/** A URL that is not an absolute http(s) URL with a proper host; argument: the URL. */
		MALFORMED_LINK,

		/** A well-formed URL that cannot lead anywhere public; argument: the URL. */
		SUSPICIOUS_LINK,

		/** The record was last reviewed more than 12 months ago; arguments: the ISO date, the whole months since. */
		STALE_RECORD;

		/** The code of this kind, as used in message keys. */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
