package org.a6portal.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Reads a public list's query parameters as the overview pages take them: a page number from 1, a whitelisted sort
 * key and {@code asc}/{@code desc}, codes of coded enumerations, years, {@code true}/{@code false} and ISO alpha-2
 * country codes. A value the list cannot mean (a repeated parameter included: Spring joins repeats with a comma) is
 * refused with {@link InvalidListParameterException}, a 400 page whose message names what the parameter takes, never
 * guessed at.
 */
public final class ListParameters {

	/** Longer values are not echoed back in full. */
	private static final int ECHO = 40;

	private ListParameters() {
	}

	public static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** A page number from 1 (1 when absent), at most six digits. */
	public static int page(String list, @Nullable String value) {
		if (blank(value)) {
			return 1;
		}
		if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) < 1) {
			throw new InvalidListParameterException(list, "page", value);
		}
		return Integer.parseInt(value);
	}

	/** {@code desc} or {@code asc}; the default when absent. */
	public static boolean descending(String list, @Nullable String value, boolean byDefault) {
		if (blank(value)) {
			return byDefault;
		}
		return switch (value) {
			case "desc" -> true;
			case "asc" -> false;
			default -> throw new InvalidListParameterException(list, "dir", value);
		};
	}

	/** One of the constants whose key (by {@code key}) the value names exactly; the default when absent. */
	public static <E extends Enum<E>> E choice(String list, String parameter, @Nullable String value, Class<E> type,
			Function<E, String> key, E byDefault) {
		if (blank(value)) {
			return byDefault;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> key.apply(constant).equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidListParameterException(list, parameter, value));
	}

	/** The constant of a coded enumeration named by its code (any case), or {@code null} when absent. */
	public static <E extends Enum<E> & CodedEnum> @Nullable E code(String list, String parameter, @Nullable String value,
			Class<E> type) {
		if (blank(value)) {
			return null;
		}
		String code = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new InvalidListParameterException(list, parameter, value));
	}

	/** A four-digit year within the bounds, or {@code null} when absent. */
	public static @Nullable Integer year(String list, String parameter, @Nullable String value, int from, int to) {
		if (blank(value)) {
			return null;
		}
		if (!value.matches("[0-9]{4}") || Integer.parseInt(value) < from || Integer.parseInt(value) > to) {
			throw new InvalidListParameterException(list, parameter, value);
		}
		return Integer.parseInt(value);
	}

	/** {@code true} or {@code false}, or {@code null} when absent. */
	public static @Nullable Boolean bool(String list, String parameter, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new InvalidListParameterException(list, parameter, value);
		};
	}

	/**
	 * The upper-case alpha-2 code of one of the known countries (any case), or {@code null} when absent.
	 * @param known the upper-case alpha-2 codes there are, or {@code null} to check only the code's form (the caller
	 * then checks that the country exists, e.g. with {@link #unknownCountry})
	 */
	public static @Nullable String country(String list, @Nullable String value, @Nullable Collection<String> known) {
		if (blank(value)) {
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{2}") || (known != null && !known.contains(code))) {
			throw new InvalidListParameterException(list, "country", value);
		}
		return code;
	}

	/** The error for a {@code country} of the right form that names no country. */
	public static InvalidListParameterException unknownCountry(String list, String value) {
		return new InvalidListParameterException(list, "country", value);
	}

	/** One of the values offered (exactly), or {@code null} when absent. */
	public static @Nullable String oneOf(String list, String parameter, @Nullable String value, Collection<String> offered) {
		if (blank(value)) {
			return null;
		}
		if (!offered.contains(value)) {
			throw new InvalidListParameterException(list, parameter, value);
		}
		return value;
	}

	/**
	 * A page, sort or filter value a list cannot mean: a 400 page saying what the parameter takes, through the message
	 * key {@code <list>.invalid.<parameter>}.
	 */
	public static final class InvalidListParameterException extends BadRequestException {

		private final String key;

		public InvalidListParameterException(String list, String parameter, String value) {
			super("Invalid " + parameter + " '" + abbreviate(value) + "'", abbreviate(value));
			this.key = list + ".invalid." + parameter;
		}

		@Override
		public String messageKey() {
			return this.key;
		}

		private static String abbreviate(String value) {
			return (value.length() > ECHO) ? value.substring(0, ECHO) + "…" : value;
		}

	}

}
