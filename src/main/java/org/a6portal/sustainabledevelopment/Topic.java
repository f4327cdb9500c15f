package org.a6portal.sustainabledevelopment;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * What a sustainable-development statement is about. Declaration order is display order: first a host Party's
 * Article 6 institutions and rules (its designated authority, authorisation framework, national regulations and
 * participation requirements), then its statements on the SD tool, initial reports and safeguards.
 */
public enum Topic implements CodedEnum {

	DNA_DESIGNATION, AUTHORIZATION_FRAMEWORK, NATIONAL_REGULATION, PARTICIPATION_REQUIREMENTS, SD_TOOL, INITIAL_REPORT,
	SAFEGUARDS, OTHER;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Topic> {

		JpaConverter() {
			super(Topic.class);
		}

	}

}
