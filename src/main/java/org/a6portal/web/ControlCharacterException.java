package org.a6portal.web;

import org.a6portal.common.BadRequestException;

/**
 * A request parameter holds a control or text-direction character (see
 * {@link org.a6portal.common.ControlCharacters}): refused with a 400 page, or a problem from the API.
 */
class ControlCharacterException extends BadRequestException {

	ControlCharacterException(String parameter) {
		super("The parameter '" + parameter + "' contains a control character or a text-direction override", parameter);
	}

	@Override
	public String messageKey() {
		return "error.400.controlCharacters";
	}

}
