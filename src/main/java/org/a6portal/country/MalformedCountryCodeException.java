package org.a6portal.country;

import org.a6portal.common.BadRequestException;

/**
 * The URL names a country with characters no code or slug can have: a 400, not a 404.
 */
public class MalformedCountryCodeException extends BadRequestException {

	public MalformedCountryCodeException(String requested) {
		super("Not a country code or name: '" + requested + "'", requested);
	}

	@Override
	public String messageKey() {
		return "error.400.country";
	}

}
