package org.a6portal.country;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * UN M49 regions as the portal groups them: the Americas are split into Latin America and the Caribbean and
 * Northern America. Declaration order is display order.
 */
public enum Region implements CodedEnum {

	AFRICA, ASIA, EUROPE, LATIN_AMERICA_CARIBBEAN, NORTHERN_AMERICA, OCEANIA;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Region> {

		JpaConverter() {
			super(Region.class);
		}

	}

}
