package org.a6portal.timeline;

import org.a6portal.common.BadRequestException;

/**
 * A {@code country} or {@code region} the timelines cannot show, or both at once: a 400 page naming what is wrong.
 */
class InvalidTimelineFilterException extends BadRequestException {

	/** Longer values are not echoed back in full. */
	private static final int ECHO = 40;

	private final String messageKey;

	InvalidTimelineFilterException(String messageKey, String requested) {
		super("Invalid timeline filter (" + messageKey + ")",
				(requested.length() > ECHO) ? requested.substring(0, ECHO) + "…" : requested);
		this.messageKey = messageKey;
	}

	@Override
	public String messageKey() {
		return this.messageKey;
	}

}
