package org.a6portal.common;

import jakarta.persistence.Converter;

/**
 * Only published records are ever shown to the public.
 */
public enum PublicationStatus implements CodedEnum {

	DRAFT, PUBLISHED;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<PublicationStatus> {

		JpaConverter() {
			super(PublicationStatus.class);
		}

	}

}
