package org.a6portal.common;

import java.util.Arrays;
import java.util.Locale;

/**
 * An enumeration stored, exported and shown to editors by a lower-case code ({@code mou_signed}), while the Java
 * constant keeps Java's naming. The code is also the last part of its message key.
 */
public interface CodedEnum {

	String name();

	default String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No " + type.getSimpleName() + " with code '" + code + "'"));
	}

}
