package org.a6portal.pacm;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * Where a PACM activity comes from: a CDM activity moving to the PACM, or a new activity notified with a prior consideration notification.
 */
public enum Origin implements CodedEnum {

	CDM_TRANSITION, NEW_ACTIVITY;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Origin> {

		JpaConverter() {
			super(Origin.class);
		}

	}

}
