package org.a6portal.admin;

/**
 * A change cannot be reverted (a deletion whose record was already restored): the recent-changes page says why
 * through the message key.
 */
public class RevertRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	RevertRefusedException(String messageKey, Object... arguments) {
		super("Revert refused: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/** The message's arguments (the records that changed since an import, …). */
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
