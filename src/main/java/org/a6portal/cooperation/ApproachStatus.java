package org.a6portal.cooperation;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * How far a cooperative approach has come, in order: talks, memorandum, signed agreement, in force, at least one activity authorised, first transfer made.
 */
public enum ApproachStatus implements CodedEnum {

	UNDER_DISCUSSION, MOU_SIGNED, AGREEMENT_SIGNED, IN_FORCE, AUTHORIZED, FIRST_TRANSFER;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<ApproachStatus> {

		JpaConverter() {
			super(ApproachStatus.class);
		}

	}

}
