package org.a6portal.account;

import java.util.Map;

import org.a6portal.common.NotFoundException;

/**
 * An admin URL names an editor account that does not exist (any more): the admin section's 404, as for a missing
 * record, without this package depending on the record-editing machinery.
 */
class NoSuchAccountException extends NotFoundException {

	private final String id;

	NoSuchAccountException(String id) {
		super("No app_user with id " + id);
		this.id = id;
	}

	@Override
	public String viewName() {
		return "admin/not-found";
	}

	@Override
	public Map<String, Object> model() {
		return Map.of("missingKind", "app_user", "missingId", this.id);
	}

}
