package org.a6portal.api;

import java.util.Arrays;
import java.util.List;

import org.a6portal.common.CodedEnum;
import org.jspecify.annotations.Nullable;

/**
 * Enumerations as the API writes them: by their lower-case codes.
 */
public final class Codes {

	private Codes() {
	}

	public static @Nullable String of(@Nullable CodedEnum value) {
		return (value != null) ? value.code() : null;
	}

	/** Every code of the enumeration, in declaration order. */
	public static List<String> all(Class<?> type) {
		Object[] constants = type.getEnumConstants();
		if (constants == null) {
			return List.of();
		}
		return Arrays.stream(constants).map((constant) -> ((CodedEnum) constant).code()).toList();
	}

}
