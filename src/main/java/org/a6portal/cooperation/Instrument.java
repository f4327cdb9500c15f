package org.a6portal.cooperation;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * The kind of document a cooperative approach rests on.
 */
public enum Instrument implements CodedEnum {

	MOU, FRAMEWORK_AGREEMENT, IMPLEMENTING_AGREEMENT, JCM_DOCUMENT, COOPERATION_AGREEMENT, OTHER;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Instrument> {

		JpaConverter() {
			super(Instrument.class);
		}

	}

}
