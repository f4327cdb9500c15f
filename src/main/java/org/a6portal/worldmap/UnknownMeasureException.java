package org.a6portal.worldmap;

import org.a6portal.common.BadRequestException;

/**
 * A {@code measure} the map does not know.
 */
class UnknownMeasureException extends BadRequestException {

	UnknownMeasureException(String measure) {
		super("Unknown map measure", (measure.length() > 40) ? measure.substring(0, 40) + "…" : measure);
	}

	@Override
	public String messageKey() {
		return "error.400.measure";
	}

}
