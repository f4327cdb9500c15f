package org.a6portal.admin;

import java.util.List;

import org.a6portal.history.ChangeEntry;
import org.a6portal.history.FieldChange;

/**
 * Someone saved the record after the editor loaded it: the save is refused, with what the other editor changed.
 */
public class EditConflictException extends RuntimeException {

	private final long currentVersion;

	private final transient List<FieldChange> theirChanges;

	private final transient List<ChangeEntry> theirEntries;

	EditConflictException(long currentVersion, List<FieldChange> theirChanges, List<ChangeEntry> theirEntries) {
		super("The record changed since it was loaded (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
		this.theirChanges = List.copyOf(theirChanges);
		this.theirEntries = List.copyOf(theirEntries);
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
