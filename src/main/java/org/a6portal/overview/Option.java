package org.a6portal.overview;

import org.jspecify.annotations.Nullable;

/**
 * A choice in an overview filter's list: its value in the address and its label, either a message key (an
 * enumeration's name) or a text already in the visitor's language (a country's name), with how many records it
 * would show, where known.
 *
 * @param value the value in the address
 * @param messageKey the label's message key, or {@code null} when {@code text} is the label
 * @param text the label, or {@code null} when {@code messageKey} names it
 * @param count how many records match with this choice, or {@code null} if not counted
 */
public record Option(String value, @Nullable String messageKey, @Nullable String text, @Nullable Long count) {

	/** A choice labelled by a message key. */
	public static Option keyed(String value, String messageKey, @Nullable Long count) {
		return new Option(value, messageKey, null, count);
	}

	/** A choice labelled by a text. */
	public static Option named(String value, String text, @Nullable Long count) {
		return new Option(value, null, text, count);
	}

}
