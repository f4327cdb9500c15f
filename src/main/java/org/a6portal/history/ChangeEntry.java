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
 */
public record ChangeEntry(long id, String entityType, String entityId, String entityLabel, ChangeAction action,
		Instant changedAt, String changedBy, @Nullable Long versionAfter, List<FieldChange> changes,
		@Nullable Map<String, Object> beforeState, @Nullable Map<String, Object> afterState, @Nullable Long revertsId) {

	/** The entity type of editor accounts: their changes are the administrators' business, and never reverted. */
	public static final String ACCOUNT = "app_user";

	public boolean isAccountChange() {
		return ACCOUNT.equals(this.entityType);
	}

	public boolean revertible() {
		return this.action != ChangeAction.IMPORT && !isAccountChange()
				&& (this.beforeState != null || this.afterState != null);
	}

}
