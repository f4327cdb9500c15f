package org.a6portal.api;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A column of a CSV download: its header and how a row's value is read from a representation.
 *
 * @param name the header, in snake case
 * @param value the cell's value (dates, numbers and booleans are written as in JSON; lists joined with {@code ;})
 * @param <T> the representation a row comes from
 */
public record CsvColumn<T>(String name, Function<T, @Nullable Object> value) {

	public static <T> CsvColumn<T> of(String name, Function<T, @Nullable Object> value) {
		return new CsvColumn<>(name, value);
	}

}
