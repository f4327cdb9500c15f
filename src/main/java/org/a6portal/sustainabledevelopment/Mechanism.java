package org.a6portal.sustainabledevelopment;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * Which Article 6 mechanism a statement concerns.
 */
public enum Mechanism implements CodedEnum {

	A6_2, A6_4, BOTH;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Mechanism> {

		JpaConverter() {
			super(Mechanism.class);
		}

	}

}
