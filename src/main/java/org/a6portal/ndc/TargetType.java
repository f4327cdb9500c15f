package org.a6portal.ndc;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * How an NDC target is expressed: below business as usual, below a base year, an absolute level, an intensity, a net-zero year.
 */
public enum TargetType implements CodedEnum {

	BAU, BASE_YEAR, ABSOLUTE, INTENSITY, NET_ZERO, OTHER;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<TargetType> {

		JpaConverter() {
			super(TargetType.class);
		}

	}

}
