package org.a6portal.common;

import jakarta.persistence.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link CodedEnum} to its lower-case code in a text column (checked there by a CHECK constraint).
 * Subclass once per enum, annotated {@code @Converter(autoApply = true)}.
 */
public abstract class CodedEnumConverter<E extends Enum<E> & CodedEnum> implements AttributeConverter<E, String> {

	private final Class<E> type;

	protected CodedEnumConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable E value) {
		return (value != null) ? value.code() : null;
	}

	@Override
	public @Nullable E convertToEntityAttribute(@Nullable String code) {
		return (code != null) ? CodedEnum.fromCode(this.type, code) : null;
	}

}
