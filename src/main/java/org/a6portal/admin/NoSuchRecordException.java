package org.a6portal.admin;

import java.util.Map;

import org.a6portal.common.NotFoundException;

/**
 * An admin URL names a record that does not exist (any more): a 404 in the admin section's words and layout, with
 * the way to a deleted record's restoration (Recent changes), not the public site's "not published".
 */
public class NoSuchRecordException extends NotFoundException {

	private final String entityType;

	private final String id;

	public NoSuchRecordException(String entityType, String id) {
		super("No " + entityType + " with id " + id);
		this.entityType = entityType;
		this.id = id;
	}

	@Override
	public String viewName() {
		return "admin/not-found";
	}

	@Override
	public Map<String, Object> model() {
		return Map.of("missingKind", this.entityType, "missingId", this.id);
	}

}
