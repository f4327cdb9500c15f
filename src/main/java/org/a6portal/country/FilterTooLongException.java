package org.a6portal.country;

import org.a6portal.common.BadRequestException;

/**
 * A country filter longer than any country name could be.
 */
class FilterTooLongException extends BadRequestException {

	FilterTooLongException(String filter) {
		super("Country filter too long (" + filter.length() + " characters)", filter.substring(0, 40) + "…");
	}

	@Override
	public String messageKey() {
		return "error.400.filter";
	}

}
