package org.a6portal.history;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's history as the public may read it, for its own page: only public changes (made while it was published
 * before or after), newest first, each with what it did, when its content changed and the names of the fields it
 * changed; never the values nor who made it. One statement.
 */
@Repository
@Transactional(readOnly = true)
public class PublicRecordHistory {

	private final JdbcClient jdbc;

	PublicRecordHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The public changes of the record of this kind and id, newest first. */
	public List<Change> of(String entityType, long id) {
		return this.jdbc.sql("""
				SELECT l.action, coalesce(l.content_changed_at, l.changed_at) AS changed_on,
				       ARRAY(SELECT f.change ->> 'field' FROM jsonb_array_elements(l.changes) WITH ORDINALITY AS f (change, n)
				             WHERE f.change ->> 'field' IS NOT NULL ORDER BY f.n) AS fields
				FROM change_log l
				WHERE l.entity_type = ? AND l.entity_id = ? AND l.public_change
				ORDER BY l.changed_at DESC, l.id DESC
				""").params(entityType, String.valueOf(id)).query(PublicRecordHistory::change).list();
	}

	/**
	 * The public changes of several records of one kind (the targets of one NDC version, shown on one page), newest
	 * first. One statement.
	 */
	public List<Change> of(String entityType, java.util.Collection<Long> ids) {
		return this.jdbc.sql("""
				SELECT l.action, coalesce(l.content_changed_at, l.changed_at) AS changed_on,
				       ARRAY(SELECT f.change ->> 'field' FROM jsonb_array_elements(l.changes) WITH ORDINALITY AS f (change, n)
				             WHERE f.change ->> 'field' IS NOT NULL ORDER BY f.n) AS fields
				FROM change_log l
				WHERE l.entity_type = ? AND l.entity_id = ANY(?) AND l.public_change
				ORDER BY l.changed_at DESC, l.id DESC
				""")
			.params(entityType, ids.stream().map(String::valueOf).toArray(String[]::new))
			.query(PublicRecordHistory::change)
			.list();
	}

	private static Change change(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("fields");
		try {
			List<String> fields = Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
			return new Change(rs.getString("action"), rs.getTimestamp("changed_on").toInstant(), fields);
		}
		finally {
			array.free();
		}
	}

	/**
	 * @param action what the change did ({@code create}, {@code update}, …)
	 * @param changedOn when the content changed (for a seeded record, the date its source carries)
	 * @param fields the names of the fields it changed, in order
	 */
	public record Change(String action, Instant changedOn, List<String> fields) {

		/** The day of the change (UTC), for "#localized.date". */
		public LocalDate day() {
			return LocalDate.ofInstant(this.changedOn, ZoneOffset.UTC);
		}

	}

}
