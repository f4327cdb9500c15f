package org.a6portal.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A recorded change.
 *
 * @param id its id
 * @param entityType the kind of record ({@code cooperative_approach}, …)
 * @param entityId the record's id
 * @param entityLabel the record's title or name when it changed
 * @param action what the change did
 * @param changedAt when
 * @param changedBy who (an editor's e-mail address, or "seed data")
 * @param versionAfter the record's version after the change, if it still exists
 * @param changes the fields it changed
 * @param beforeState the record's editable state before, if it existed
 * @param afterState the record's editable state after, if it exists
 * @param revertsId the change this one reverted, if any
 * @param importId the import (or the undoing of an import) this change is part of, if any
 */
public record ChangeEntry(long id, String entityType, String entityId, String entityLabel, ChangeAction action,
		Instant changedAt, String changedBy, @Nullable Long versionAfter, List<FieldChange> changes,
		@Nullable Map<String, Object> beforeState, @Nullable Map<String, Object> afterState, @Nullable Long revertsId,
		@Nullable Long importId) {

	/** The entity type of an import's own entry, under which each record's change is filed. */
	public static final String IMPORT = "import";

	public ChangeEntry(long id, String entityType, String entityId, String entityLabel, ChangeAction action,
			Instant changedAt, String changedBy, @Nullable Long versionAfter, List<FieldChange> changes,
			@Nullable Map<String, Object> beforeState, @Nullable Map<String, Object> afterState,
			@Nullable Long revertsId) {
		this(id, entityType, entityId, entityLabel, action, changedAt, changedBy, versionAfter, changes, beforeState,
				afterState, revertsId, null);
	}

	/** The entity type of editor accounts: their changes are the administrators' business, and never reverted. */
	public static final String ACCOUNT = "app_user";

	public boolean isAccountChange() {
		return ACCOUNT.equals(this.entityType);
	}

	/** The entity type of a bulk action's own entry (publish, unpublish or delete on a list), like an import's. */
	public static final String BULK = "bulk";

	/** An import's own entry (not one record's change within it). */
	public boolean isImport() {
		return IMPORT.equals(this.entityType);
	}

	/** A bulk action's own entry (not one record's change within it). */
	public boolean isBulk() {
		return BULK.equals(this.entityType);
	}

	/** An entry under which other records' changes are filed (an import, a bulk action), undone as one unit. */
	public boolean isGroup() {
		return isImport() || isBulk();
	}

	/**
	 * Whether the interface offers to revert this change, and so whether the server does: an import is undone as one
	 * unit from its own entry, never one record at a time, and the undoing of an import is not itself undone.
	 */
	public boolean revertible() {
		if (isAccountChange() || this.importId != null) {
			return false;
		}
		if (isImport()) {
			return this.action == ChangeAction.IMPORT;
		}
		if (isBulk()) {
			return this.action != ChangeAction.REVERT;
		}
		return this.action != ChangeAction.IMPORT && (this.beforeState != null || this.afterState != null);
	}

}
