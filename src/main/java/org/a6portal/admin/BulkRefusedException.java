package org.a6portal.admin;

/**
 * A bulk action was not applied, nothing written: the confirmation page says why through the message key, naming the
 * records concerned.
 */
public class BulkRefusedException extends RuntimeException {

	private final String messageKey;

	private final String records;

	BulkRefusedException(String messageKey) {
		this(messageKey, "");
	}

	BulkRefusedException(String messageKey, String records) {
		super("Bulk action refused: " + messageKey);
		this.messageKey = messageKey;
		this.records = records;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/** The records concerned, by label. */
	public String getRecords() {
		return this.records;
	}

}
