package org.a6portal.ndc;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * Whether a target counts land use, land-use change and forestry.
 */
public enum Lulucf implements CodedEnum {

	INCLUDED, EXCLUDED, UNKNOWN;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Lulucf> {

		JpaConverter() {
			super(Lulucf.class);
		}

	}

}
