package org.a6portal.admin;

import org.a6portal.common.NotFoundException;

/**
 * An admin URL names a record that does not exist (any more).
 */
public class NoSuchRecordException extends NotFoundException {

	public NoSuchRecordException(String entityType, String id) {
		super("No " + entityType + " with id " + id);
	}

}
