package org.a6portal.sustainabledevelopment;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * What a sustainable-development statement is about. Declaration order is display order.
 */
public enum Topic implements CodedEnum {

	PARTICIPATION_REQUIREMENTS, SD_TOOL, INITIAL_REPORT, SAFEGUARDS, OTHER;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Topic> {

		JpaConverter() {
			super(Topic.class);
		}

	}

}
