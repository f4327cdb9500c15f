package org.a6portal.history;

import java.time.Instant;
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
 * @param contentChangedAt when the content changed, if not now (a seeded record: the date its source carries)
 * @param content whether the change counts for the "Last updated" of the pages it touches (a seeded country's
 * reference data does not)
 */
public record NewChange(String entityType, String entityId, String entityLabel, ChangeAction action, String changedBy,
		@Nullable Long versionAfter, boolean publicChange, @Nullable Map<String, Object> beforeState,
		@Nullable Map<String, Object> afterState, Set<String> countries, @Nullable Long revertsId,
		@Nullable Long importId, @Nullable Instant contentChangedAt, boolean content) {

	public NewChange(String entityType, String entityId, String entityLabel, ChangeAction action, String changedBy,
			@Nullable Long versionAfter, boolean publicChange, @Nullable Map<String, Object> beforeState,
			@Nullable Map<String, Object> afterState, Set<String> countries, @Nullable Long revertsId,
			@Nullable Long importId) {
		this(entityType, entityId, entityLabel, action, changedBy, versionAfter, publicChange, beforeState, afterState,
				countries, revertsId, importId, null, true);
	}

	/** The seed's change: its content dated by its source, or no content at all. */
	public static NewChange seeded(String entityType, String entityId, String entityLabel, ChangeAction action,
			boolean publicChange, Set<String> countries, @Nullable Instant contentChangedAt) {
		return new NewChange(entityType, entityId, entityLabel, action, SEED, null, publicChange, null, null, countries,
				null, null, contentChangedAt, contentChangedAt != null);
	}

	/** Who the seed loader's changes are by. */
	public static final String SEED = "seed data";

	public NewChange(String entityType, String entityId, String entityLabel, ChangeAction action, String changedBy,
			@Nullable Long versionAfter, boolean publicChange, @Nullable Map<String, Object> beforeState,
			@Nullable Map<String, Object> afterState, Set<String> countries, @Nullable Long revertsId) {
		this(entityType, entityId, entityLabel, action, changedBy, versionAfter, publicChange, beforeState, afterState,
				countries, revertsId, null);
	}

}
