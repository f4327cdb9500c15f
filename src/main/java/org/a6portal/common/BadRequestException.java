package org.a6portal.common;

/**
 * The request cannot mean anything (a malformed code, a value out of range): shown as a 400 page that says why,
 * in the visitor's language, through the message key {@link #messageKey()}.
 */
public abstract class BadRequestException extends RuntimeException {

	private final String requested;

	protected BadRequestException(String message, String requested) {
		super(message);
		this.requested = requested;
	}

	public String getRequested() {
		return this.requested;
	}

	public abstract String messageKey();

}
