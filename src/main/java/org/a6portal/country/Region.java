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

	/** The region a request parameter names by its code, if any. */
	public static @org.jspecify.annotations.Nullable Region fromRequest(@org.jspecify.annotations.Nullable String code) {
		for (Region region : values()) {
			if (region.code().equals(code)) {
				return region;
			}
		}
		return null;
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Region> {

		JpaConverter() {
			super(Region.class);
		}

	}

}
