package org.a6portal.common;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Characters no text the portal stores or shows may hold: control characters other than tab, line feed and carriage
 * return (a NUL cannot even be stored in PostgreSQL), and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which can make text read differently from what it says.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static boolean isForbidden(int codePoint) {
		if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
			return false;
		}
		return Character.getType(codePoint) == Character.CONTROL || (codePoint >= 0x202A && codePoint <= 0x202E)
				|| (codePoint >= 0x2066 && codePoint <= 0x2069);
	}

	/** The first forbidden character in the text, if any. */
	public static Optional<Integer> first(@Nullable String text) {
		return (text != null) ? text.codePoints().filter(ControlCharacters::isForbidden).boxed().findFirst() : Optional.empty();
	}

	public static boolean contains(@Nullable String text) {
		return first(text).isPresent();
	}

	/** The text without its forbidden characters. */
	public static @Nullable String strip(@Nullable String text) {
		if (!contains(text)) {
			return text;
		}
		StringBuilder stripped = new StringBuilder(text.length());
		text.codePoints().filter((codePoint) -> !isForbidden(codePoint)).forEach(stripped::appendCodePoint);
		return stripped.toString();
	}

	/** The first request parameter whose name or a value holds a forbidden character. */
	public static Optional<String> firstParameterWithAny(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (contains(parameter.getKey())) {
				return Optional.of(strip(parameter.getKey()));
			}
			for (String value : parameter.getValue()) {
				if (contains(value)) {
					return Optional.of(parameter.getKey());
				}
			}
		}
		return Optional.empty();
	}

	/** How to name a character in a message: {@code U+0000}. */
	public static String describe(int codePoint) {
		return String.format("U+%04X", codePoint);
	}

}
