package org.a6portal.admin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.a6portal.contenthealth.ContentHealthCheck;
import org.a6portal.contenthealth.ContentWarning;
import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeEntry;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.FieldChange;
import org.a6portal.history.NewChange;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving an edit, in one transaction: the version check (a save over a newer change is refused with what changed),
 * the write, its entry in the record of changes, and the content-health warnings to show the editor.
 */
@Service
public class RecordEditing {

	private final ChangeLog changeLog;

	private final JsonMapper json;

	private final EntityManager entityManager;

	private final ContentHealthService health;

	private final Map<String, EditableRecords<?, ?>> kinds = new HashMap<>();

	private final org.springframework.validation.Validator validator;

	RecordEditing(ChangeLog changeLog, JsonMapper json, EntityManager entityManager, ContentHealthService health,
			List<EditableRecords<?, ?>> kinds, jakarta.validation.Validator validator) {
		this.validator = new org.springframework.validation.beanvalidation.SpringValidatorAdapter(validator);
		this.changeLog = changeLog;
		this.json = json;
		this.entityManager = entityManager;
		this.health = health;
		kinds.forEach((kind) -> this.kinds.put(kind.entityType(), kind));
	}

	@Transactional
	public <E, F extends RecordForm> Saved<E> create(EditableRecords<E, F> records, F form, String editor) {
		E entity = records.save(records.create(form));
		flush();
		record(records, entity, ChangeAction.CREATE, editor, null, false, Set.of(), null, null);
		return new Saved<>(entity, warnings(records, form));
	}

	/**
	 * @throws EditConflictException if the record changed since the form's version was loaded
	 */
	@Transactional
	public <E, F extends RecordForm> Saved<E> update(EditableRecords<E, F> records, String id, F form, String editor) {
		E entity = load(records, id);
		if (form.getVersion() != records.versionOf(entity)) {
			throw conflict(records, id, entity, form);
		}
		return update(records, entity, form, editor, ChangeAction.UPDATE, null, null);
	}

	/**
	 * Applies an import in one transaction: each row creates a record or updates the one with its slug, and the
	 * import is one entry in the portal's recent changes, with each record's change filed under it. The records are
	 * looked up in one query and written in one flush, and their changes recorded in batches: the cost grows with
	 * the rows, not with their square.
	 * @return the import's change id
	 */
	@Transactional
	public <E, F extends RecordForm> long importRecords(EditableRecords<E, F> records, String label, List<F> rows,
			java.util.function.Function<F, String> slugOf, String editor) {
		long importId = this.changeLog.record(new NewChange(ChangeEntry.IMPORT, records.entityType(), label,
				ChangeAction.IMPORT, editor, null, false, null, null, Set.of(), null));
		// the search entries and the kept counts (V20, V21, V28) are brought up to date once, at the end, rather than
		// by a trigger per row: transaction-local, so a failed import leaves nothing deferred
		upkeep("SELECT upkeep_defer()");
		Map<String, E> existing = records.findAllBySlug(rows.stream().map(slugOf).toList());
		List<Imported<E>> imported = new java.util.ArrayList<>(rows.size());
		for (F form : rows) {
			E entity = existing.get(slugOf.apply(form));
			if (entity != null) {
				Map<String, Object> before = state(records.toForm(entity));
				if (ChangeLog.diff(before, state(form)).isEmpty()) {
					// a row that changes nothing does not touch its record
					continue;
				}
				boolean wasPublished = records.isPublished(entity);
				Set<String> countriesBefore = records.countriesOf(entity);
				records.apply(form, entity);
				imported.add(new Imported<>(entity, before, wasPublished, countriesBefore, null));
			}
			else {
				imported.add(new Imported<>(records.save(records.create(form)), null, false, Set.of(),
						slugOf.apply(form)));
			}
		}
		flush();
		restoreIds(records, imported);
		List<NewChange> changes = new java.util.ArrayList<>(imported.size());
		for (Imported<E> row : imported) {
			Map<String, Object> after = state(records.toForm(row.entity()));
			if (row.before() != null && ChangeLog.diff(row.before(), after).isEmpty()) {
				continue;
			}
			Set<String> countries = new LinkedHashSet<>(row.countriesBefore());
			countries.addAll(records.countriesOf(row.entity()));
			changes.add(new NewChange(records.entityType(), records.idOf(row.entity()), records.labelOf(row.entity()),
					ChangeAction.IMPORT, editor, records.versionOf(row.entity()),
					row.wasPublished() || records.isPublished(row.entity()), row.before(), after, countries, null,
					importId));
		}
		this.changeLog.recordAll(changes);
		flush();
		upkeep("SELECT upkeep_flush()");
		return importId;
	}

	private void upkeep(String call) {
		this.entityManager.createNativeQuery(call).getSingleResult();
	}

	private record Imported<E>(E entity, @Nullable Map<String, Object> before, boolean wasPublished,
			Set<String> countriesBefore, @Nullable String createdSlug) {
	}

	/**
	 * A record the import created under the slug of a deleted one (deleted by hand, by a bulk action, or by undoing
	 * the import that first created it) is that record back: it takes the id it had, and its history carries on.
	 */
	private <E, F extends RecordForm> void restoreIds(EditableRecords<E, F> records, List<Imported<E>> imported) {
		List<String> created = imported.stream().map(Imported::createdSlug).filter(java.util.Objects::nonNull).toList();
		Map<String, String> deleted = this.changeLog.deletedIdsBySlug(records.entityType(), created);
		for (int i = 0; i < imported.size(); i++) {
			Imported<E> row = imported.get(i);
			String id = (row.createdSlug() != null) ? deleted.get(row.createdSlug()) : null;
			if (id != null && records.find(id).isEmpty()) {
				imported.set(i, new Imported<>(withId(records, row.entity(), id), null, false, Set.of(),
						row.createdSlug()));
			}
		}
	}

	/**
	 * Undoes an import or a bulk action as one unit: every record it created is deleted, every record it deleted is
	 * created again from its last state, every record it changed gets back its state from before. Refused, with
	 * nothing written, when it was undone already, or when a record it touched has changed since (undoing would
	 * silently throw that change away) or is now used by another record. The undoing is one entry in recent changes,
	 * with each record's change filed under it.
	 */
	private String undoGroup(ChangeEntry group, String editor) {
		String messages = group.isBulk() ? "admin.bulk.undo" : "admin.import.undo";
		if (this.changeLog.isReverted(group.id())) {
			throw new RevertRefusedException(messages + ".already");
		}
		List<ChangeEntry> changes = this.changeLog.ofImport(group.id());
		List<String> changedSince = new java.util.ArrayList<>();
		for (ChangeEntry change : changes) {
			EditableRecords<?, ?> records = kind(change.entityType());
			if (!sameVersion(records, change)) {
				changedSince.add(change.entityLabel());
			}
		}
		if (!changedSince.isEmpty()) {
			throw new RevertRefusedException(messages + ".changedSince", String.join(", ", changedSince));
		}
		long undoId = this.changeLog.record(new NewChange(group.entityType(), group.entityId(), group.entityLabel(),
				ChangeAction.REVERT, editor, null, false, null, null, Set.of(), group.id(), null));
		for (ChangeEntry change : changes.reversed()) {
			undo(kind(change.entityType()), change, editor, undoId);
		}
		return group.entityId();
	}

	/**
	 * A bulk action on a list, in one transaction: publishes, unpublishes or deletes every record named, each at the
	 * version the editor confirmed, as one entry in recent changes with each record's change filed under it (undone
	 * as one unit from there, like an import). Nothing is written when any record refuses.
	 * @param versions the records' ids and the versions the editor saw, in the order shown
	 * @return the bulk action's change id
	 * @throws BulkRefusedException naming the records that changed since, cannot be published or are still in use
	 */
	@Transactional
	public <E, F extends RecordForm> long bulk(EditableRecords<E, F> records, BulkAction action,
			Map<String, Long> versions, String editor) {
		Map<E, F> targets = new LinkedHashMap<>();
		List<String> changed = new java.util.ArrayList<>();
		List<String> invalid = new java.util.ArrayList<>();
		for (Map.Entry<String, Long> requested : versions.entrySet()) {
			E entity = load(records, requested.getKey());
			if (records.versionOf(entity) != requested.getValue()) {
				changed.add(records.labelOf(entity));
				continue;
			}
			F form = records.toForm(entity);
			if (action == BulkAction.DELETE) {
				if (records.deletionBlocker(entity).isPresent()) {
					invalid.add(records.labelOf(entity));
				}
			}
			else if (form instanceof SourcedRecordForm sourced) {
				sourced.setPublicationStatus(action.publicationStatus());
				org.springframework.validation.BeanPropertyBindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(
						form, "form");
				this.validator.validate(form, errors);
				records.validate(form, Optional.of(entity), errors);
				if (errors.hasErrors()) {
					invalid.add(records.labelOf(entity));
				}
			}
			else {
				throw new BulkRefusedException("admin.bulk.refused.unsupported");
			}
			targets.put(entity, form);
		}
		if (!changed.isEmpty()) {
			throw new BulkRefusedException("admin.bulk.refused.changed", String.join(", ", changed));
		}
		if (!invalid.isEmpty()) {
			throw new BulkRefusedException((action == BulkAction.DELETE) ? "admin.bulk.refused.inUse"
					: "admin.bulk.refused.invalid", String.join(", ", invalid));
		}
		String label = abbreviate(targets.keySet().stream().map(records::labelOf).toList());
		long bulkId = this.changeLog.record(new NewChange(ChangeEntry.BULK, records.entityType(), label,
				action.changeAction(), editor, null, false, null, null, Set.of(), null, null));
		for (Map.Entry<E, F> target : targets.entrySet()) {
			if (action == BulkAction.DELETE) {
				remove(records, target.getKey(), ChangeAction.DELETE, editor, null, bulkId);
			}
			else {
				update(records, target.getKey(), target.getValue(), editor, ChangeAction.UPDATE, null, bulkId);
			}
		}
		return bulkId;
	}

	/** The records' labels for the bulk action's entry: all of them, or the first ones and how many more. */
	private static String abbreviate(List<String> labels) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < labels.size(); i++) {
			String next = (i == 0 ? "" : "; ") + labels.get(i);
			if (text.length() + next.length() > 300) {
				return text + " (+" + (labels.size() - i) + ")";
			}
			text.append(next);
		}
		return text.toString();
	}

	private <E, F extends RecordForm> void remove(EditableRecords<E, F> records, E entity, ChangeAction action,
			String editor, @Nullable Long revertsId, @Nullable Long groupId) {
		String id = records.idOf(entity);
		Map<String, Object> before = state(records.toForm(entity));
		boolean wasPublished = records.isPublished(entity);
		Set<String> countries = records.countriesOf(entity);
		String label = records.labelOf(entity);
		records.delete(entity);
		flush();
		this.changeLog.record(new NewChange(records.entityType(), id, label, action, editor, null, wasPublished, before,
				null, countries, revertsId, groupId));
	}

	private <E, F extends RecordForm> boolean sameVersion(EditableRecords<E, F> records, ChangeEntry change) {
		if (change.afterState() == null) {
			// the group deleted it: it can come back only while nothing took its place
			return records.find(change.entityId()).isEmpty();
		}
		return records.find(change.entityId())
			.map((entity) -> change.versionAfter() != null && records.versionOf(entity) == change.versionAfter())
			.orElse(false);
	}

	private <E, F extends RecordForm> void undo(EditableRecords<E, F> records, ChangeEntry change, String editor,
			long undoId) {
		if (change.afterState() == null && change.beforeState() != null) {
			// deleted by the group: created again from its last state, under the id it had (its history carries on)
			F form = this.json.convertValue(change.beforeState(), records.formType());
			E restored = records.save(records.create(form));
			flush();
			restored = withId(records, restored, change.entityId());
			record(records, restored, ChangeAction.REVERT, editor, null, false, Set.of(), change.id(), undoId);
			return;
		}
		E entity = load(records, change.entityId());
		if (change.beforeState() == null) {
			records.deletionBlocker(entity).ifPresent((reason) -> {
				throw new RevertRefusedException(reason);
			});
			Map<String, Object> before = state(records.toForm(entity));
			boolean wasPublished = records.isPublished(entity);
			Set<String> countries = records.countriesOf(entity);
			String label = records.labelOf(entity);
			records.delete(entity);
			flush();
			this.changeLog.record(new NewChange(records.entityType(), change.entityId(), label, ChangeAction.REVERT,
					editor, null, wasPublished, before, null, countries, change.id(), undoId));
			return;
		}
		F form = this.json.convertValue(change.beforeState(), records.formType());
		form.setVersion(records.versionOf(entity));
		update(records, entity, form, editor, ChangeAction.REVERT, change.id(), undoId);
	}

	/**
	 * @throws EditConflictException if the record changed since the version the editor confirmed
	 * @throws RecordInUseException if other records still refer to it
	 */
	@Transactional
	public <E, F extends RecordForm> void delete(EditableRecords<E, F> records, String id, long version, String editor) {
		E entity = load(records, id);
		if (version != records.versionOf(entity)) {
			throw conflict(records, id, entity, records.toForm(entity));
		}
		records.deletionBlocker(entity).ifPresent((reason) -> {
			throw new RecordInUseException(reason);
		});
		Map<String, Object> before = state(records.toForm(entity));
		boolean wasPublished = records.isPublished(entity);
		Set<String> countries = records.countriesOf(entity);
		String label = records.labelOf(entity);
		records.delete(entity);
		flush();
		this.changeLog.record(new NewChange(records.entityType(), id, label, ChangeAction.DELETE, editor, null,
				wasPublished, before, null, countries, null));
	}

	/**
	 * Undoes a recorded change: a creation by deleting the record, a deletion by creating it again from its last state,
	 * an update by putting back the fields it changed (later changes to other fields stay).
	 * @return the record's id after the revert
	 */
	@Transactional
	public String revert(long changeId, String editor) {
		ChangeEntry change = this.changeLog.find(changeId).orElseThrow(() -> new NoSuchRecordException("change", String.valueOf(changeId)));
		if (!change.revertible()) {
			// what the interface does not offer, the server does not do (a record's part of an import, an account)
			throw new RevertRefusedException("admin.history.notRevertible");
		}
		if (change.isGroup()) {
			return undoGroup(change, editor);
		}
		return revert(kind(change.entityType()), change, editor);
	}

	private <E, F extends RecordForm> String revert(EditableRecords<E, F> records, ChangeEntry change, String editor) {
		Optional<E> existing = records.find(change.entityId());
		switch (change.action()) {
			case CREATE, IMPORT -> {
				E entity = existing.orElseThrow(() -> new NoSuchRecordException(records.entityType(), change.entityId()));
				delete(records, change.entityId(), records.versionOf(entity), editor);
				return change.entityId();
			}
			case DELETE -> {
				if (this.changeLog.isReverted(change.id()) || existing.isPresent()) {
					throw new RevertRefusedException("admin.history.alreadyRestored");
				}
				F form = this.json.convertValue(change.beforeState(), records.formType());
				E entity = records.save(records.create(form));
				flush();
				entity = withId(records, entity, change.entityId());
				record(records, entity, ChangeAction.REVERT, editor, null, false, Set.of(), change.id(), null);
				return records.idOf(entity);
			}
			default -> {
				E entity = existing.orElseThrow(() -> new NoSuchRecordException(records.entityType(), change.entityId()));
				Map<String, Object> restored = new LinkedHashMap<>(state(records.toForm(entity)));
				for (FieldChange field : change.changes()) {
					Object before = (change.beforeState() != null) ? change.beforeState().get(field.field()) : null;
					restored.put(field.field(), before);
				}
				F form = this.json.convertValue(restored, records.formType());
				form.setVersion(records.versionOf(entity));
				update(records, entity, form, editor, ChangeAction.REVERT, change.id(), null);
				return change.entityId();
			}
		}
	}

	/**
	 * The record just restored, given back the id it had before it was deleted, so that its history and its admin
	 * address carry on (the rows that refer to it follow: their foreign keys cascade updates, V16).
	 */
	private <E, F extends RecordForm> E withId(EditableRecords<E, F> records, E entity, String id) {
		String current = records.idOf(entity);
		if (current.equals(id) || !id.matches("\\d{1,18}")) {
			return entity;
		}
		EntityPersister persister = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(entity.getClass());
		if (!(persister instanceof AbstractEntityPersister table)) {
			return entity;
		}
		this.entityManager.detach(entity);
		this.entityManager
			.createNativeQuery("UPDATE " + table.getTableName() + " SET " + table.getIdentifierColumnNames()[0]
					+ " = ?1 WHERE " + table.getIdentifierColumnNames()[0] + " = ?2")
			.setParameter(1, Long.parseLong(id))
			.setParameter(2, Long.parseLong(current))
			.executeUpdate();
		return load(records, id);
	}

	/** A record's changes, newest first. */
	public List<ChangeEntry> history(String entityType, String id) {
		return this.changeLog.forRecord(entityType, id);
	}

	/** Every kind of editable record. */
	public List<EditableRecords<?, ?>> kinds() {
		return List.copyOf(this.kinds.values());
	}

	public ContentHealthCheck checker() {
		return this.health.checker();
	}

	/**
	 * Writes pending changes now, so constraint violations surface here as Spring's DataAccessException: translated
	 * by the JPA provider's dialect (a unique or check violation becomes a DataIntegrityViolationException, as it does
	 * through a repository), not by the generic JPA rules, which make it a JpaSystemException (a 500).
	 */
	private void flush() {
		try {
			this.entityManager.flush();
		}
		catch (RuntimeException ex) {
			RuntimeException translated = (this.entityManager.getEntityManagerFactory() instanceof EntityManagerFactoryInfo info
					&& info.getJpaDialect() != null) ? info.getJpaDialect().translateExceptionIfPossible(ex) : null;
			if (translated == null) {
				translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(ex);
			}
			throw (translated != null) ? translated : ex;
		}
	}

	public EditableRecords<?, ?> kind(String entityType) {
		EditableRecords<?, ?> records = this.kinds.get(entityType);
		if (records == null) {
			throw new NoSuchRecordException("kind of record", entityType);
		}
		return records;
	}

	public <E, F extends RecordForm> List<ContentWarning> warnings(EditableRecords<E, F> records, F form) {
		return warnings(records, form, this.health.checker());
	}

	/** The warnings for a form, from a checker made once for many records. */
	public <E, F extends RecordForm> List<ContentWarning> warnings(EditableRecords<E, F> records, F form,
			ContentHealthCheck checker) {
		return checker.check(records.contentOf(form))
			.stream()
			.filter((warning) -> records.citesSources() || warning.kind() != ContentWarning.Kind.MISSING_SOURCE_URL)
			.toList();
	}

	private <E, F extends RecordForm> Saved<E> update(EditableRecords<E, F> records, E entity, F form, String editor,
			ChangeAction action, @Nullable Long revertsId, @Nullable Long importId) {
		Map<String, Object> before = state(records.toForm(entity));
		boolean wasPublished = records.isPublished(entity);
		Set<String> countriesBefore = records.countriesOf(entity);
		records.apply(form, entity);
		records.save(entity);
		flush();
		if (!ChangeLog.diff(before, state(records.toForm(entity))).isEmpty()) {
			record(records, entity, action, editor, before, wasPublished, countriesBefore, revertsId, importId);
		}
		return new Saved<>(entity, warnings(records, form));
	}

	private <E, F extends RecordForm> void record(EditableRecords<E, F> records, E entity, ChangeAction action,
			String editor, @Nullable Map<String, Object> before, boolean wasPublished, Set<String> countriesBefore,
			@Nullable Long revertsId, @Nullable Long importId) {
		Set<String> countries = new LinkedHashSet<>(countriesBefore);
		countries.addAll(records.countriesOf(entity));
		this.changeLog.record(new NewChange(records.entityType(), records.idOf(entity), records.labelOf(entity), action,
				editor, records.versionOf(entity), wasPublished || records.isPublished(entity), before,
				state(records.toForm(entity)), countries, revertsId, importId));
	}

	/**
	 * The refusal of a save over a newer change, with what the others changed (compared as typed values, so that a
	 * number read back from the log equals the same number in a form) and the form to show again: the fields the
	 * editor changed keep what they typed, the others take the record's current values, so that saving again does not
	 * undo the other editors' changes.
	 */
	private <E, F extends RecordForm> EditConflictException conflict(EditableRecords<E, F> records, String id, E entity,
			F submitted) {
		Map<String, Object> current = state(records.toForm(entity));
		Map<String, Object> mine = typed(records, state(submitted));
		List<ChangeEntry> theirs = this.changeLog.since(records.entityType(), id, submitted.getVersion());
		Map<String, Object> loaded = this.changeLog.stateAt(records.entityType(), id, submitted.getVersion())
			.or(() -> theirs.stream().findFirst().map(ChangeEntry::beforeState))
			.map((state) -> typed(records, state))
			.orElse(null);
		if (loaded == null) {
			// what the editor loaded is not on record: nothing can be merged, their input stays as typed
			return new EditConflictException(records.versionOf(entity), ChangeLog.diff(mine, current), theirs, submitted,
					Set.of());
		}
		List<FieldChange> theirChanges = ChangeLog.diff(loaded, current);
		Set<String> changedByThem = new LinkedHashSet<>();
		theirChanges.forEach((change) -> changedByThem.add(change.field()));
		Set<String> changedByBoth = new LinkedHashSet<>();
		Map<String, Object> merged = new LinkedHashMap<>(current);
		for (Map.Entry<String, Object> field : mine.entrySet()) {
			if (field.getKey().equals("version")) {
				continue;
			}
			boolean changedByMe = !ChangeLog.diff(Map.of("v", nullable(loaded.get(field.getKey()))),
					Map.of("v", nullable(field.getValue()))).isEmpty();
			if (changedByMe || !current.containsKey(field.getKey())) {
				merged.put(field.getKey(), field.getValue());
				if (changedByMe && changedByThem.contains(field.getKey())) {
					changedByBoth.add(field.getKey());
				}
			}
		}
		F mergedForm = this.json.convertValue(merged, records.formType());
		mergedForm.setVersion(records.versionOf(entity));
		return new EditConflictException(records.versionOf(entity), theirChanges, theirs, mergedForm, changedByBoth);
	}

	private static Object nullable(@Nullable Object value) {
		return (value != null) ? value : "";
	}

	/** A stored state read through the form's types (dates, numbers, enumerations), as the form's own state is. */
	private <E, F extends RecordForm> Map<String, Object> typed(EditableRecords<E, F> records, Map<String, Object> state) {
		try {
			return state(this.json.convertValue(state, records.formType()));
		}
		catch (RuntimeException ex) {
			return state;
		}
	}

	/**
	 * What reverting a change would undo besides the change itself: the later changes to the same fields (for a
	 * creation, every later change, since reverting it deletes the record). Reverting puts back the change's "before"
	 * values, so these later values would be lost.
	 */
	@Transactional(readOnly = true)
	public RevertPreview previewRevert(long changeId) {
		ChangeEntry change = this.changeLog.find(changeId)
			.orElseThrow(() -> new NoSuchRecordException("change", String.valueOf(changeId)));
		List<ChangeEntry> later = this.changeLog.forRecord(change.entityType(), change.entityId())
			.stream()
			.filter((entry) -> entry.id() > change.id())
			.sorted(java.util.Comparator.comparingLong(ChangeEntry::id))
			.toList();
		Set<String> fields = new LinkedHashSet<>();
		change.changes().forEach((field) -> fields.add(field.field()));
		List<LaterChange> lost = new java.util.ArrayList<>();
		for (ChangeEntry entry : later) {
			List<FieldChange> overlapping = switch (change.action()) {
				case CREATE, IMPORT -> entry.changes();
				case DELETE -> List.of();
				default -> entry.changes().stream().filter((field) -> fields.contains(field.field())).toList();
			};
			if (!overlapping.isEmpty()) {
				lost.add(new LaterChange(entry, overlapping));
			}
		}
		long latest = later.isEmpty() ? change.id() : later.getLast().id();
		return new RevertPreview(change, lost, latest);
	}

	/**
	 * @param change the change to revert
	 * @param lost the later changes whose values reverting it would overwrite, oldest first
	 * @param latestChangeId the record's latest change when this was computed (a confirmation holds only up to it)
	 */
	public record RevertPreview(ChangeEntry change, List<LaterChange> lost, long latestChangeId) {

		/** The change to revert, as a list (for the template that shows lists of changes). */
		public List<ChangeEntry> changeAsList() {
			return List.of(this.change);
		}

		/** Every later change in {@link #lost()}, for showing their fields together. */
		public List<ChangeEntry> lostEntries() {
			return this.lost.stream()
				.map((later) -> new ChangeEntry(later.entry().id(), later.entry().entityType(), later.entry().entityId(),
						later.entry().entityLabel(), later.entry().action(), later.entry().changedAt(),
						later.entry().changedBy(), later.entry().versionAfter(), later.fields(), later.entry().beforeState(),
						later.entry().afterState(), later.entry().revertsId()))
				.toList();
		}

	}

	/**
	 * @param entry a change made after the one to revert
	 * @param fields the fields of it that reverting would overwrite
	 */
	public record LaterChange(ChangeEntry entry, List<FieldChange> fields) {
	}

	private <E, F extends RecordForm> E load(EditableRecords<E, F> records, String id) {
		return records.find(id).orElseThrow(() -> new NoSuchRecordException(records.entityType(), id));
	}

	/**
	 * The kind's suggestion for a blank slug, made unique among its records by a number ({@code ca-no-pe-2}).
	 */
	@Transactional(readOnly = true)
	public <E, F extends RecordForm> Optional<String> suggestSlug(EditableRecords<E, F> records, F form,
			Optional<E> existing) {
		return records.suggestSlug(form).map((base) -> {
			String candidate = base;
			for (int n = 2; isTakenByAnother(records, candidate, existing); n++) {
				candidate = base + "-" + n;
			}
			return candidate;
		});
	}

	private <E, F extends RecordForm> boolean isTakenByAnother(EditableRecords<E, F> records, String slug,
			Optional<E> existing) {
		return records.findBySlug(slug)
			.filter((other) -> existing.isEmpty() || !records.idOf(other).equals(records.idOf(existing.get())))
			.isPresent();
	}

	/** Lower-case words of a text joined by hyphens, accents dropped ("Cómo está" → "como-esta"), at most some words. */
	public static String slugWords(String text, int maxWords) {
		String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT);
		return java.util.Arrays.stream(plain.split("[^a-z0-9]+"))
			.filter((word) -> !word.isEmpty())
			.limit(maxWords)
			.collect(java.util.stream.Collectors.joining("-"));
	}

	/**
	 * The codes each of the record's country lists would lose with this form, by field (only lists that lose one).
	 */
	public <E, F extends RecordForm> Map<String, List<String>> removedCountries(EditableRecords<E, F> records, E entity,
			F form) {
		Map<String, Object> before = state(records.toForm(entity));
		Map<String, Object> after = state(form);
		Map<String, List<String>> removed = new LinkedHashMap<>();
		records.countryListFields().keySet().forEach((field) -> {
			List<String> lost = new java.util.ArrayList<>(codes(before.get(field)));
			lost.removeAll(codes(after.get(field)));
			if (!lost.isEmpty()) {
				removed.put(field, lost);
			}
		});
		return removed;
	}

	private static List<String> codes(@Nullable Object list) {
		return (list instanceof List<?> values) ? values.stream().map(String::valueOf).toList() : List.of();
	}

	/** The fields a form would change on a record (for import previews). */
	public <E, F extends RecordForm> List<FieldChange> changes(EditableRecords<E, F> records, E entity, F form) {
		return ChangeLog.diff(state(records.toForm(entity)), state(form));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> state(RecordForm form) {
		return this.json.convertValue(form, Map.class);
	}

	/**
	 * @param entity the saved record
	 * @param warnings what the editor should look at again (never a reason to refuse the save)
	 * @param <E> the entity
	 */
	public record Saved<E>(E entity, List<ContentWarning> warnings) {
	}

}
