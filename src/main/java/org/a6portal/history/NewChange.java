package org.a6portal.history;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A change about to be recorded.
 *
 * @param entityType the kind of record
 * @param entityId the record's id
 * @param entityLabel the record's title or name
 * @param action what the change did
 * @param changedBy who
 * @param versionAfter the record's version after the change ({@code null} after a delete)
 * @param publicChange whether the public saw the record before or after it (published then or now)
 * @param beforeState its editable state before ({@code null} for a create)
 * @param afterState its editable state after ({@code null} for a delete)
 * @param countries the countries it touches, whose "Recent changes" and "Last updated" it joins
 * @param revertsId the change it reverts, if any
 * @param importId the import this change belongs to, if any
 */
public record NewChange(String entityType, String entityId, String entityLabel, ChangeAction action, String changedBy,
		@Nullable Long versionAfter, boolean publicChange, @Nullable Map<String, Object> beforeState,
		@Nullable Map<String, Object> afterState, Set<String> countries, @Nullable Long revertsId,
		@Nullable Long importId) {

	public NewChange(String entityType, String entityId, String entityLabel, ChangeAction action, String changedBy,
			@Nullable Long versionAfter, boolean publicChange, @Nullable Map<String, Object> beforeState,
			@Nullable Map<String, Object> afterState, Set<String> countries, @Nullable Long revertsId) {
		this(entityType, entityId, entityLabel, action, changedBy, versionAfter, publicChange, beforeState, afterState,
				countries, revertsId, null);
	}

}
