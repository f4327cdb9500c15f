package org.a6portal.history;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the record of changes ({@code change_log}).
 */
@Service
public class ChangeLog {

	private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
	};

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private static final String COLUMNS = "l.id, l.entity_type, l.entity_id, l.entity_label, l.action, l.changed_at, "
			+ "l.changed_by, l.version_after, l.changes, l.before_state, l.after_state, l.reverts_id, l.import_id";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate batches;

	ChangeLog(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, JdbcTemplate batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	/** Records a change in the current transaction and returns its id. */
	@Transactional
	public long record(NewChange change) {
		List<FieldChange> changes = diff(change.beforeState(), change.afterState());
		long id = this.jdbc.sql("""
				INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, version_after,
				    public_change, changes, before_state, after_state, reverts_id, import_id, content_changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?,
				        CASE WHEN ? THEN coalesce(?::timestamptz, now()) END)
				RETURNING id
				""")
			.params(change.entityType(), change.entityId(), change.entityLabel(), change.action().code(),
					change.changedBy(), change.versionAfter(), change.publicChange(), this.json.writeValueAsString(changes),
					toJson(change.beforeState()), toJson(change.afterState()), change.revertsId(),
					change.importId(), change.content(), timestamp(change.contentChangedAt()))
			.query(Long.class)
			.single();
		for (String country : change.countries()) {
			this.jdbc.sql("INSERT INTO change_log_country (change_id, country_iso2) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(id, country)
				.update();
		}
		this.events.publishEvent(new ChangeRecorded(id));
		return id;
	}

	/**
	 * Records many changes in the current transaction with three statements in all (ids drawn at once from the
	 * log's sequence, then two JDBC batches), not three per change: for the seed loader's thousands of records.
	 * Returns the last id, the new content revision.
	 */
	@Transactional
	public long recordAll(List<NewChange> changes) {
		if (changes.isEmpty()) {
			return current();
		}
		List<Long> ids = this.jdbc
			.sql("SELECT nextval(pg_get_serial_sequence('change_log', 'id')) FROM generate_series(1, ?)")
			.param(changes.size())
			.query(Long.class)
			.list();
		List<Object[]> logRows = new ArrayList<>(changes.size());
		List<Object[]> countryRows = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			NewChange change = changes.get(i);
			long id = ids.get(i);
			logRows.add(new Object[] { id, change.entityType(), change.entityId(), change.entityLabel(),
					change.action().code(), change.changedBy(), change.versionAfter(), change.publicChange(),
					this.json.writeValueAsString(diff(change.beforeState(), change.afterState())),
					toJson(change.beforeState()), toJson(change.afterState()), change.revertsId(), change.importId(),
					change.content(), timestamp(change.contentChangedAt()) });
			change.countries().forEach((country) -> countryRows.add(new Object[] { id, country }));
		}
		this.batches.batchUpdate("""
				INSERT INTO change_log (id, entity_type, entity_id, entity_label, action, changed_by, version_after,
				    public_change, changes, before_state, after_state, reverts_id, import_id, content_changed_at)
				OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?,
				    CASE WHEN ? THEN coalesce(?::timestamptz, now()) END)
				""", logRows);
		this.batches.batchUpdate(
				"INSERT INTO change_log_country (change_id, country_iso2) VALUES (?, ?) ON CONFLICT DO NOTHING",
				countryRows);
		long last = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
		this.events.publishEvent(new ChangeRecorded(last));
		return last;
	}

	private static java.sql.@Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? java.sql.Timestamp.from(instant) : null;
	}

	private long current() {
		return this.jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public Optional<ChangeEntry> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM change_log l WHERE l.id = ?").param(id).query(this::entry).optional();
	}

	/** A record's changes, newest first. */
	@Transactional(readOnly = true)
	public List<ChangeEntry> forRecord(String entityType, String entityId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM change_log l WHERE l.entity_type = ? AND l.entity_id = ? ORDER BY l.id DESC")
			.params(entityType, entityId)
			.query(this::entry)
			.list();
	}

	/** The changes an import made, in order. */
	@Transactional(readOnly = true)
	public List<ChangeEntry> ofImport(long importId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM change_log l WHERE l.import_id = ? ORDER BY l.id")
			.param(importId)
			.query(this::entry)
			.list();
	}

	/**
	 * The ids that deleted records of a kind had, by slug (each slug's latest deletion): an import that names one of
	 * these slugs brings that record back under its id, so that its history carries on.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> deletedIdsBySlug(String entityType, java.util.Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		Map<String, String> ids = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT DISTINCT ON (before_state ->> 'slug') before_state ->> 'slug' AS slug, entity_id
				FROM change_log
				WHERE entity_type = ? AND after_state IS NULL AND before_state IS NOT NULL
				  AND before_state ->> 'slug' = ANY (?)
				ORDER BY before_state ->> 'slug', id DESC
				""")
			.params(entityType, slugs.toArray(String[]::new))
			.query((rs, row) -> ids.put(rs.getString("slug"), rs.getString("entity_id")))
			.list();
		return ids;
	}

	/** The changes touching a country, newest first. */
	@Transactional(readOnly = true)
	public List<ChangeEntry> forCountry(String iso2, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM change_log l JOIN change_log_country c ON c.change_id = l.id "
				+ "WHERE c.country_iso2 = ? ORDER BY l.id DESC LIMIT ?").params(iso2, limit).query(this::entry).list();
	}

	/** Whether a later change reverted this one. */
	@Transactional(readOnly = true)
	public boolean isReverted(long changeId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM change_log WHERE reverts_id = ?)")
			.param(changeId)
			.query(Boolean.class)
			.single();
	}

	/** How many entries {@link #recent(int, int, boolean)} pages through. */
	@Transactional(readOnly = true)
	public long countRecent(boolean withAccounts) {
		return this.jdbc.sql("SELECT count(*) FROM change_log l WHERE l.import_id IS NULL"
				+ (withAccounts ? "" : " AND l.entity_type <> '" + ChangeEntry.ACCOUNT + "'")).query(Long.class).single();
	}

	/**
	 * The latest changes to the portal's content, newest first; an import counts as one. Changes to editor accounts
	 * are left out: only administrators see those ({@link #recent(int, int, boolean)}).
	 */
	@Transactional(readOnly = true)
	public List<ChangeEntry> recent(int offset, int limit) {
		return recent(offset, limit, false);
	}

	/** The latest changes across the portal, newest first, with or without the changes to editor accounts. */
	@Transactional(readOnly = true)
	public List<ChangeEntry> recent(int offset, int limit, boolean withAccounts) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM change_log l WHERE l.import_id IS NULL "
				+ (withAccounts ? "" : "AND l.entity_type <> '" + ChangeEntry.ACCOUNT + "' ") + "ORDER BY l.id DESC OFFSET ? LIMIT ?")
			.params(offset, limit)
			.query(this::entry)
			.list();
	}

	/** The changes to a record after the given version, oldest first: what others did since an editor loaded it. */
	@Transactional(readOnly = true)
	public List<ChangeEntry> since(String entityType, String entityId, long version) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM change_log l WHERE l.entity_type = ? AND l.entity_id = ? "
				+ "AND l.version_after > ? ORDER BY l.id").params(entityType, entityId, version).query(this::entry).list();
	}

	/** The record's state as of the given version, where a change recorded it. */
	@Transactional(readOnly = true)
	public Optional<Map<String, Object>> stateAt(String entityType, String entityId, long version) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM change_log l WHERE l.entity_type = ? AND l.entity_id = ? "
				+ "AND l.version_after = ? AND l.after_state IS NOT NULL ORDER BY l.id DESC LIMIT 1")
			.params(entityType, entityId, version)
			.query(this::entry)
			.optional()
			.map(ChangeEntry::afterState);
	}

	/** The fields that differ between two states, in the order of the later (or earlier) state's fields. */
	public static List<FieldChange> diff(@Nullable Map<String, Object> before, @Nullable Map<String, Object> after) {
		Set<String> fields = new LinkedHashSet<>();
		if (after != null) {
			fields.addAll(after.keySet());
		}
		if (before != null) {
			fields.addAll(before.keySet());
		}
		fields.remove("version");
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			Object was = (before != null) ? blankToNull(before.get(field)) : null;
			Object is = (after != null) ? blankToNull(after.get(field)) : null;
			if (!same(was, is)) {
				changes.add(new FieldChange(field, was, is));
			}
		}
		return changes;
	}

	/**
	 * Whether two stored values are the same value: numbers by their value, whatever their Java type or scale (a state
	 * read back from JSON holds {@code 1500000} as an Integer, a form's state as the BigDecimal {@code 1500000.00}),
	 * and a number against its own text.
	 */
	public static boolean same(@Nullable Object a, @Nullable Object b) {
		if (Objects.equals(a, b)) {
			return true;
		}
		BigDecimal x = number(a);
		BigDecimal y = number(b);
		return x != null && y != null && x.compareTo(y) == 0;
	}

	private static @Nullable BigDecimal number(@Nullable Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof String text && text.strip().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
			return new BigDecimal(text.strip());
		}
		return null;
	}

	private static @Nullable Object blankToNull(@Nullable Object value) {
		if (value instanceof String text && text.isBlank()) {
			return null;
		}
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		return value;
	}

	private @Nullable String toJson(@Nullable Map<String, Object> state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	private ChangeEntry entry(ResultSet rs, int row) throws SQLException {
		long versionAfter = rs.getLong("version_after");
		Long version = rs.wasNull() ? null : versionAfter;
		long reverts = rs.getLong("reverts_id");
		Long revertsId = rs.wasNull() ? null : reverts;
		long partOf = rs.getLong("import_id");
		Long importId = rs.wasNull() ? null : partOf;
		return new ChangeEntry(rs.getLong("id"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("entity_label"), org.a6portal.common.CodedEnum.fromCode(ChangeAction.class, rs.getString("action")),
				rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), version,
				this.json.readValue(rs.getString("changes"), CHANGES), state(rs.getString("before_state")),
				state(rs.getString("after_state")), revertsId, importId);
	}

	private @Nullable Map<String, Object> state(@Nullable String value) {
		return (value != null) ? this.json.readValue(value, STATE) : null;
	}

}
