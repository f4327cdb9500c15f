package org.a6portal.admin;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a number as editors type it: "2,000,000", "2.000.000", "2 000 000" (also with the narrow no-break space of
 * French typography) and "2'000'000" all read as 2000000. A separator that appears more than once, or before the
 * other one, groups digits; one that appears once is the decimal mark unless it is followed by exactly three digits
 * and is not the decimal mark of the editor's language ("2,5" is 2.5 in French, "2,500" is 2500 in English). Anything
 * else stays a type mismatch, answered with the field's own message.
 */
final class NumberWithSeparatorsEditor extends PropertyEditorSupport {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009'’_]");

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final char decimalMark;

	NumberWithSeparatorsEditor(Locale locale) {
		this.decimalMark = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
	}

	@Override
	public void setAsText(@Nullable String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		String plain = normalise(SPACES.matcher(text.strip()).replaceAll(""));
		if (!PLAIN.matcher(plain).matches()) {
			throw new IllegalArgumentException("Not a number: " + text);
		}
		setValue(new BigDecimal(plain));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value instanceof BigDecimal number) ? number.toPlainString() : "";
	}

	/** The number with "." as its only decimal mark and no grouping. */
	String normalise(String text) {
		int commas = count(text, ',');
		int dots = count(text, '.');
		if (commas > 0 && dots > 0) {
			char decimal = (text.lastIndexOf(',') > text.lastIndexOf('.')) ? ',' : '.';
			char grouping = (decimal == ',') ? '.' : ',';
			return text.replace(String.valueOf(grouping), "").replace(decimal, '.');
		}
		if (commas + dots == 0) {
			return text;
		}
		char mark = (commas > 0) ? ',' : '.';
		if (commas + dots > 1) {
			return text.replace(String.valueOf(mark), "");
		}
		int digitsAfter = text.length() - text.indexOf(mark) - 1;
		boolean grouping = digitsAfter == 3 && mark != this.decimalMark;
		return grouping ? text.replace(String.valueOf(mark), "") : text.replace(mark, '.');
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((each) -> each == c).count();
	}

}
