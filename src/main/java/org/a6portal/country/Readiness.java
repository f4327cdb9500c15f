package org.a6portal.country;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * How far a Party's authorisation or tracking arrangements for Article 6 have come (A6IP's status words).
 */
public enum Readiness implements CodedEnum {

	IN_PLACE, IN_PROGRESS, UNDER_CONSIDERATION, NO_PUBLIC_INFORMATION;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Readiness> {

		JpaConverter() {
			super(Readiness.class);
		}

	}

}
