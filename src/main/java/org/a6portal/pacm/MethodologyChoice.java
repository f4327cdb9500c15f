package org.a6portal.pacm;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * Whether a CDM activity keeps its CDM methodology after its transition to the PACM or moves to an Article 6.4 one.
 */
public enum MethodologyChoice implements CodedEnum {

	CDM, ARTICLE_6_4;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<MethodologyChoice> {

		JpaConverter() {
			super(MethodologyChoice.class);
		}

	}

}
