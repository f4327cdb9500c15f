package org.a6portal.cooperation;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * What the host authorised a mitigation activity's outcomes for: another Party's NDC, other international mitigation purposes, or both.
 */
public enum AuthorizedUse implements CodedEnum {

	NDC, OIMP, NDC_AND_OIMP;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<AuthorizedUse> {

		JpaConverter() {
			super(AuthorizedUse.class);
		}

	}

}
