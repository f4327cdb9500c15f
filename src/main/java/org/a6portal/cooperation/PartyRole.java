package org.a6portal.cooperation;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * A Party's side of a cooperative approach: the transferring (host) Party sells, the acquiring Party buys.
 */
public enum PartyRole implements CodedEnum {

	TRANSFERRING, ACQUIRING;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<PartyRole> {

		JpaConverter() {
			super(PartyRole.class);
		}

	}

}
