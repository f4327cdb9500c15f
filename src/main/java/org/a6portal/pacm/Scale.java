package org.a6portal.pacm;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * The scale a PACM methodology distinguishes.
 */
public enum Scale implements CodedEnum {

	SMALL, LARGE;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Scale> {

		JpaConverter() {
			super(Scale.class);
		}

	}

}
