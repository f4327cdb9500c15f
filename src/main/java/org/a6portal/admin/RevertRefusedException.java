package org.a6portal.admin;

/**
 * A change cannot be reverted (a deletion whose record was already restored): the recent-changes page says why
 * through the message key.
 */
public class RevertRefusedException extends RuntimeException {

	private final String messageKey;

	RevertRefusedException(String messageKey) {
		super("Revert refused: " + messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
