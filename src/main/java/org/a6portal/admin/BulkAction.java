package org.a6portal.admin;

import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.history.ChangeAction;

/**
 * What an editor can do at once to the records chosen on a list: publish, unpublish (make drafts) or delete them.
 */
public enum BulkAction implements CodedEnum {

	PUBLISH, UNPUBLISH, DELETE;

	PublicationStatus publicationStatus() {
		return (this == PUBLISH) ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT;
	}

	ChangeAction changeAction() {
		return switch (this) {
			case PUBLISH -> ChangeAction.PUBLISH;
			case UNPUBLISH -> ChangeAction.UNPUBLISH;
			case DELETE -> ChangeAction.DELETE;
		};
	}

}
