package org.a6portal.sustainabledevelopment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as far as its source gives it: {@code 2024}, {@code 2022-12} or {@code 2024-05-17}.
 *
 * @param date the day, or the first day of the month or year
 * @param precision how much of it is known
 */
public record PartialDate(LocalDate date, DatePrecision precision) {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty for anything else or an impossible date. */
	public static Optional<PartialDate> parse(String text) {
		Matcher matcher = FORM.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			if (matcher.group(2) == null) {
				return Optional.of(new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR));
			}
			int month = Integer.parseInt(matcher.group(2));
			if (matcher.group(3) == null) {
				return Optional.of(new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH));
			}
			return Optional.of(new PartialDate(LocalDate.of(year, month, Integer.parseInt(matcher.group(3))),
					DatePrecision.DAY));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The date as written in the seed files and the editor's form: {@code 2024}, {@code 2022-12}, {@code 2024-05-17}. */
	@Override
	public String toString() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.date.getYear());
			case MONTH -> YearMonth.from(this.date).toString();
			case DAY -> this.date.toString();
		};
	}

}
