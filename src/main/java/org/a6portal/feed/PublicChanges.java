package org.a6portal.feed;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest public changes, read from {@code change_log} in one statement per feed. Only changes made while the
 * record was published before or after ({@code public_change}) count. An import's own row (entity type
 * {@code import}) is left out: its records' changes, filed under it, appear one by one instead, so an import is
 * never shown twice. Accounts ({@code app_user}, labelled with an e-mail address) are never public, and are left out
 * here too. The statements select the names of the changed fields and never their values, nor who made the change;
 * and, for a record that has a page of its own and is published now, its slug.
 */
@Repository
@Transactional(readOnly = true)
public class PublicChanges {

	private static final String COLUMNS = """
			SELECT l.id, l.entity_type, l.entity_label, l.action, l.changed_at,
			       ARRAY(SELECT f.change ->> 'field' FROM jsonb_array_elements(l.changes) WITH ORDINALITY AS f (change, n)
			             WHERE f.change ->> 'field' IS NOT NULL ORDER BY f.n) AS fields,
			       ARRAY(SELECT cc.country_iso2 FROM change_log_country cc WHERE cc.change_id = l.id
			             ORDER BY cc.country_iso2) AS countries,
			       upper(l.before_state ->> 'publicationStatus') AS status_before,
			       upper(l.after_state ->> 'publicationStatus') AS status_after,
			       CASE WHEN l.entity_id ~ '^[0-9]{1,18}$' THEN CASE l.entity_type
			         WHEN 'cooperative_approach' THEN (SELECT r.slug FROM cooperative_approach r
			           WHERE r.id = l.entity_id::bigint AND r.publication_status = 'published')
			         WHEN 'pacm_activity' THEN (SELECT r.slug FROM pacm_activity r
			           WHERE r.id = l.entity_id::bigint AND r.publication_status = 'published')
			         WHEN 'initial_report' THEN (SELECT r.slug FROM initial_report r
			           WHERE r.id = l.entity_id::bigint AND r.publication_status = 'published')
			       END END AS record_slug
			FROM change_log l
			""";

	private final JdbcClient jdbc;

	PublicChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The portal's latest public changes, newest first. */
	public List<PublicChange> latest(int limit) {
		return this.jdbc.sql(COLUMNS + """
				WHERE l.public_change AND l.entity_type NOT IN ('import', 'app_user')
				ORDER BY l.changed_at DESC, l.id DESC
				LIMIT ?
				""").param(limit).query(PublicChanges::change).list();
	}

	/** The latest public changes touching a country, newest first. */
	List<PublicChange> touching(String iso2, int limit) {
		return this.jdbc.sql(COLUMNS + """
				WHERE l.public_change AND l.entity_type NOT IN ('import', 'app_user')
				  AND EXISTS (SELECT 1 FROM change_log_country t WHERE t.change_id = l.id AND t.country_iso2 = ?)
				ORDER BY l.changed_at DESC, l.id DESC
				LIMIT ?
				""").params(iso2, limit).query(PublicChanges::change).list();
	}

	/** The latest public changes of one record, newest first. */
	List<PublicChange> of(String entityType, long id, int limit) {
		return this.jdbc.sql(COLUMNS + """
				WHERE l.entity_type = ? AND l.entity_id = ? AND l.public_change
				ORDER BY l.changed_at DESC, l.id DESC
				LIMIT ?
				""").params(entityType, String.valueOf(id), limit).query(PublicChanges::change).list();
	}

	/**
	 * The published record of this kind with this slug: its id and title, or {@code null}. The table is a constant
	 * of the code, never request input.
	 */
	@Nullable FeedRecord record(String table, String slug) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		return this.jdbc.sql("SELECT id, title FROM %s WHERE slug = ? AND publication_status = 'published'".formatted(table))
			.param(slug)
			.query((rs, n) -> new FeedRecord(rs.getLong("id"), rs.getString("title")))
			.optional()
			.orElse(null);
	}

	/**
	 * @param id its id
	 * @param title its title
	 */
	record FeedRecord(long id, String title) {
	}

	private static PublicChange change(ResultSet rs, int row) throws SQLException {
		return new PublicChange(rs.getLong("id"), rs.getString("entity_type"), rs.getString("entity_label"),
				event(rs.getString("action"), rs.getString("status_before"), rs.getString("status_after")),
				rs.getTimestamp("changed_at").toInstant(), texts(rs.getArray("fields")), texts(rs.getArray("countries")), rs.getString("record_slug"));
	}

	/**
	 * What the change did as readers saw it: a record that becomes public is "published" (its first publication, or
	 * again after being withdrawn), one that stops being public is "unpublished", whatever the editor's action was
	 * (an update, an import, a revert, a creation); otherwise the recorded action.
	 */
	static String event(String action, @Nullable String before, @Nullable String after) {
		boolean wasPublic = "PUBLISHED".equals(before);
		boolean isPublic = "PUBLISHED".equals(after);
		if (after != null && isPublic && !wasPublic) {
			return "publish";
		}
		if (after != null && wasPublic && !isPublic) {
			return "unpublish";
		}
		return action;
	}

	private static List<String> texts(Array array) throws SQLException {
		try {
			return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
		}
		finally {
			array.free();
		}
	}

}
