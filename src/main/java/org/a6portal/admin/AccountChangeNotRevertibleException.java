package org.a6portal.admin;

import org.a6portal.common.BadRequestException;

/**
 * A revert was asked of a change to an editor account: accounts are changed on their own form, never reverted.
 */
class AccountChangeNotRevertibleException extends BadRequestException {

	AccountChangeNotRevertibleException(long changeId) {
		super("Change " + changeId + " is a change to an editor account, which is not reverted", String.valueOf(changeId));
	}

	@Override
	public String messageKey() {
		return "admin.changes.accountNotRevertible";
	}

}
