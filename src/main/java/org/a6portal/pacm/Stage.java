package org.a6portal.pacm;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * A PACM activity's stage, named after the UNFCCC's process steps: new activities, CDM transitions, and the ends.
 */
public enum Stage implements CodedEnum {

	PCN_SUBMITTED, VALIDATION, REGISTRATION_REQUESTED, REGISTERED, ISSUED, TRANSITION_REQUESTED, STAKEHOLDER_CONSULTATION, HOST_APPROVED, TRANSITION_CHECKS, TRANSITION_APPROVED, TRANSITION_REJECTED, REJECTED, WITHDRAWN;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Stage> {

		JpaConverter() {
			super(Stage.class);
		}

	}

}
