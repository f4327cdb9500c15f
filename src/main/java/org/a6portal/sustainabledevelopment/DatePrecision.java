package org.a6portal.sustainabledevelopment;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * How much of a date its source gives: the day, only the month, or only the year. A date known to the month or
 * year is stored as the first day of that month or year and shown only as far as it is known.
 */
public enum DatePrecision implements CodedEnum {

	DAY, MONTH, YEAR;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<DatePrecision> {

		JpaConverter() {
			super(DatePrecision.class);
		}

	}

}
