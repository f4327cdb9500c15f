package org.a6portal.overview;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.a6portal.common.BadRequestException;
import org.a6portal.common.CodedEnum;
import org.jspecify.annotations.Nullable;

/**
 * Reads an overview page's query parameters strictly: a value the page cannot mean is refused with a 400 page that
 * names the parameter and says what it takes ({@link InvalidListParameterException}, message key
 * {@code overview.invalid.<parameter>}), never guessed at and never passed on to SQL. A blank value means "any".
 * A repeated parameter reaches these methods joined with commas (Spring's binding), so it is refused too.
 */
public final class ListParameters {

	/** The first page past which an unfiltered list is not paged (the API and CSV hold every row). */
	public static final int MAX_PAGE = 999_999;

	private static final Pattern PAGE = Pattern.compile("[0-9]{1,6}");

	private static final Pattern ALPHA_2 = Pattern.compile("[a-zA-Z]{2}");

	private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

	private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,60}");

	private ListParameters() {
	}

	/** The page, from 1; blank is 1. */
	public static int page(@Nullable String value) {
		if (blank(value)) {
			return 1;
		}
		if (!PAGE.matcher(value).matches() || Integer.parseInt(value) < 1) {
			throw new InvalidListParameterException("page", value);
		}
		return Integer.parseInt(value);
	}

	/** The constant of a coded enumeration whose code is the value, {@code null} for blank. */
	public static <E extends Enum<E> & CodedEnum> @Nullable E code(Class<E> type, String parameter,
			@Nullable String value) {
		if (blank(value)) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.code().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidListParameterException(parameter, value));
	}

	/** The sort key the value names ({@link SortKey#key()}), the default for blank. */
	public static <S extends Enum<S> & SortKey> S sort(Class<S> type, @Nullable String value, S byDefault) {
		if (blank(value)) {
			return byDefault;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.key().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidListParameterException("sort", value));
	}

	/** {@code dir=desc|asc}; blank is the sort key's own direction. */
	public static boolean descending(@Nullable String value, SortKey sort) {
		if (blank(value)) {
			return sort.descendingByDefault();
		}
		return switch (value) {
			case "desc" -> true;
			case "asc" -> false;
			default -> throw new InvalidListParameterException("dir", value);
		};
	}

	/**
	 * An ISO 3166-1 alpha-2 code in any case, as the API takes it, upper case; {@code null} for blank. Whether a
	 * country has the code is the caller's question.
	 */
	public static @Nullable String countryCode(String parameter, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		if (!ALPHA_2.matcher(value).matches()) {
			throw new InvalidListParameterException(parameter, value);
		}
		return value.toUpperCase(Locale.ROOT);
	}

	/** A year from 1900 to 2199; {@code null} for blank. */
	public static @Nullable Integer year(String parameter, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < 1900 || Integer.parseInt(value) > 2199) {
			throw new InvalidListParameterException(parameter, value);
		}
		return Integer.parseInt(value);
	}

	/**
	 * A code from a table (a sector or activity type: lower-case letters, digits and underscores); {@code null} for
	 * blank. Whether the table has it is the caller's question.
	 */
	public static @Nullable String tableCode(String parameter, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		if (!CODE.matcher(value).matches()) {
			throw new InvalidListParameterException(parameter, value);
		}
		return value;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isEmpty();
	}

	/** A sort key of an overview list: its name in the URL and its natural direction. */
	public interface SortKey {

		String name();

		default String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		boolean descendingByDefault();

	}

	/**
	 * A parameter value the list cannot mean: a 400 page whose message ({@code overview.invalid.<parameter>}) says
	 * what the parameter takes, with the value (its first 40 characters) quoted.
	 */
	public static final class InvalidListParameterException extends BadRequestException {

		private static final int ECHO = 40;

		private final String parameter;

		public InvalidListParameterException(String parameter, String value) {
			super("Invalid " + parameter + " '" + echo(value) + "'", echo(value));
			this.parameter = parameter;
		}

		private static String echo(String value) {
			return (value.length() > ECHO) ? value.substring(0, ECHO) + "…" : value;
		}

		@Override
		public String messageKey() {
			return "overview.invalid." + this.parameter;
		}

	}

}
