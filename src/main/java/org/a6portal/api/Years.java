package org.a6portal.api;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A year filter of the API's lists: four ASCII digits from 1900 to 2199, else a 400 problem naming the parameter. */
public final class Years {

	private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

	private Years() {
	}

	/** The year the parameter names, {@code null} for none. */
	public static @Nullable Integer parse(String parameter, @Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < 1900 || Integer.parseInt(value) > 2199) {
			throw new InvalidParameterException(parameter, value, parameter + " must be a year of four digits such as"
					+ " 2021, not '" + CountryLookup.abbreviate(value) + "'.");
		}
		return Integer.parseInt(value);
	}

}
