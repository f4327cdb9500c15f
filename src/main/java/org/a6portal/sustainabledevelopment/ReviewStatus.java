package org.a6portal.sustainabledevelopment;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * Where an initial report stands in the Article 6 technical expert review.
 */
public enum ReviewStatus implements CodedEnum {

	SUBMITTED, UNDER_REVIEW, REVIEW_PUBLISHED;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<ReviewStatus> {

		JpaConverter() {
			super(ReviewStatus.class);
		}

	}

}
