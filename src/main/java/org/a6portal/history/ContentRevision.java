package org.a6portal.history;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The portal's content revision: the id of the latest recorded change. Every admin write advances it, so it is the
 * validator (ETag) of every public page and response. Each read is one statement, outside any transaction: one round
 * trip to the database.
 */
@Service
public class ContentRevision {

	/**
	 * A country's stamp: the revision, and when the content its page shows last changed ({@code content_changed_at}:
	 * an editor's change when it was made, a seeded record on the date its source carries; a seeded country's own
	 * reference data never). The public changes come from the partial index {@code change_log_public_idx} (V6, V8)
	 * alone, never from a scan of the whole log, drafts and JSON states included.
	 */
	static final String COUNTRY = """
			SELECT (SELECT coalesce(max(id), 0) FROM change_log),
			       (SELECT max(l.content_changed_at) FROM change_log l JOIN change_log_country c ON c.change_id = l.id
			        WHERE c.country_iso2 = ? AND l.public_change)
			""";

	private final JdbcClient jdbc;

	ContentRevision(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return this.jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log").query(Long.class).single();
	}

	/** The revision, and when the public last saw anything change ({@code null} before any change). */
	public Stamp portal() {
		return this.jdbc.sql("""
				SELECT (SELECT coalesce(max(id), 0) FROM change_log),
				       (SELECT max(changed_at) FROM change_log WHERE public_change)
				""").query((rs, n) -> new Stamp(rs.getLong(1), instant(rs.getTimestamp(2)))).single();
	}

	/**
	 * The revision, and when the content of the country's page last changed ({@code null} if it shows no record and
	 * no editor changed the country).
	 */
	public Stamp country(String iso2) {
		return this.jdbc.sql(COUNTRY).param(iso2).query((rs, n) -> new Stamp(rs.getLong(1), instant(rs.getTimestamp(2)))).single();
	}

	/**
	 * The revision, and when the public last saw the record with this slug change ({@code null} if never, or if no
	 * record has the slug). A record made of several (an NDC target set) names a view with a row per member. Its kind and table come from the kind's definition
	 * ({@code record.RecordKind.PublicPage}), never from request input.
	 */
	public Stamp record(String entityType, String table, String slug) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		return this.jdbc.sql("""
				SELECT (SELECT coalesce(max(id), 0) FROM change_log),
				       (SELECT max(l.content_changed_at) FROM change_log l
				        WHERE l.entity_type = ? AND l.public_change
				        AND l.entity_id IN (SELECT r.id::text FROM %s r WHERE r.slug = ?))
				""".formatted(table))
			.params(entityType, slug)
			.query((rs, n) -> new Stamp(rs.getLong(1), instant(rs.getTimestamp(2))))
			.single();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * @param revision the content revision
	 * @param lastPublicChange the last change the public saw, or {@code null}
	 */
	public record Stamp(long revision, @Nullable Instant lastPublicChange) {

		/** The last change the public saw, or {@code otherwise} if it never saw one. */
		public Instant lastPublicChangeOr(Instant otherwise) {
			return (this.lastPublicChange != null) ? this.lastPublicChange : otherwise;
		}

	}

}
