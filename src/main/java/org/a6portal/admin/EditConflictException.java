package org.a6portal.admin;

import java.util.List;
import java.util.Set;

import org.a6portal.history.ChangeEntry;
import org.a6portal.history.FieldChange;

/**
 * Someone saved the record after the editor loaded it: the save is refused, with what the other editor changed.
 */
public class EditConflictException extends RuntimeException {

	private final long currentVersion;

	private final transient List<FieldChange> theirChanges;

	private final transient List<ChangeEntry> theirEntries;

	private final transient RecordForm merged;

	private final transient Set<String> changedByBoth;

	EditConflictException(long currentVersion, List<FieldChange> theirChanges, List<ChangeEntry> theirEntries,
			RecordForm merged, Set<String> changedByBoth) {
		super("The record changed since it was loaded (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
		this.theirChanges = List.copyOf(theirChanges);
		this.theirEntries = List.copyOf(theirEntries);
		this.merged = merged;
		this.changedByBoth = Set.copyOf(changedByBoth);
	}

	/**
	 * The form to show again: what the editor changed, and the record's current values in every field they did not
	 * touch (so that saving again keeps the other editors' changes there), at the current version.
	 */
	public RecordForm getMerged() {
		return this.merged;
	}

	/** The fields both the editor and someone else changed: the editor's value is kept, to compare with theirs. */
	public Set<String> getChangedByBoth() {
		return this.changedByBoth;
	}

	/** Whether the editor changed this field too (their value is kept in the form). */
	public boolean changedByBoth(String field) {
		return this.changedByBoth.contains(field);
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

	public List<FieldChange> getTheirChanges() {
		return this.theirChanges;
	}

	public List<ChangeEntry> getTheirEntries() {
		return this.theirEntries;
	}

}
