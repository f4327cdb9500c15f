package org.a6portal.pacm;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * A Party's side of a PACM activity: it authorises the activity's emission reductions, or acquires them.
 */
public enum PacmPartyRole implements CodedEnum {

	AUTHORIZING, ACQUIRING;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<PacmPartyRole> {

		JpaConverter() {
			super(PacmPartyRole.class);
		}

	}

}
