package org.a6portal.admin;

/**
 * The record cannot be deleted: other records still refer to it.
 */
public class RecordInUseException extends RuntimeException {

	private final String messageKey;

	RecordInUseException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
