package org.a6portal.pacm;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * A single project, a programme of activities, or a component activity of a programme.
 */
public enum ActivityForm implements CodedEnum {

	PROJECT, PROGRAMME, COMPONENT;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<ActivityForm> {

		JpaConverter() {
			super(ActivityForm.class);
		}

	}

}
