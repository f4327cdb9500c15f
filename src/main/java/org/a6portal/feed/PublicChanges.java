package org.a6portal.feed;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.a6portal.record.RecordKind;
import org.a6portal.record.RecordKinds;
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

	private final String columns;

	/** What the portal's and the countries' feeds leave out: imports' own rows and kinds never public. */
	private final String notPublic;

	private final JdbcClient jdbc;

	PublicChanges(JdbcClient jdbc, RecordKinds kinds) {
		this.jdbc = jdbc;
		this.columns = columns(kinds.withFeeds());
		this.notPublic = notPublic(kinds.all());
	}

	/** {@code l.entity_type NOT IN ('import', 'app_user')}: an import's own row, and kinds never in the feeds. */
	static String notPublic(List<RecordKind> kinds) {
		StringBuilder types = new StringBuilder("'import'");
		kinds.stream().filter((kind) -> !kind.inFeeds()).forEach((kind) -> types.append(", '").append(name(kind)).append("'"));
		return "l.entity_type NOT IN (" + types + ")";
	}

	private static String name(RecordKind kind) {
		if (!kind.entityType().matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a kind's name: " + kind.entityType());
		}
		return kind.entityType();
	}

	/**
	 * The columns of a change, its record's slug among them: for a kind whose changes link to its pages
	 * ({@link RecordKinds#withFeeds()}), the slug of the record in the kind's table while it is published. The tables
	 * are constants of the kinds' definitions, never request input.
	 */
	static String columns(List<RecordKind> kinds) {
		StringBuilder slug = new StringBuilder();
		for (RecordKind kind : kinds) {
			String table = Objects.requireNonNull(kind.publicPage()).table();
			slug.append("""
						         WHEN '%s' THEN (SELECT r.slug FROM %s r
						           WHERE r.id = l.entity_id::bigint AND r.publication_status = 'published')
					""".formatted(name(kind), table));
		}
		String recordSlug = slug.isEmpty() ? "NULL::text"
				: "CASE WHEN l.entity_id ~ '^[0-9]{1,18}$' THEN CASE l.entity_type\n" + slug + "\t\t       END END";
		return """
				SELECT l.id, l.entity_type, l.entity_label, l.action, l.changed_at,
				       ARRAY(SELECT f.change ->> 'field' FROM jsonb_array_elements(l.changes) WITH ORDINALITY AS f (change, n)
				             WHERE f.change ->> 'field' IS NOT NULL ORDER BY f.n) AS fields,
				       ARRAY(SELECT cc.country_iso2 FROM change_log_country cc WHERE cc.change_id = l.id
				             ORDER BY cc.country_iso2) AS countries,
				       upper(l.before_state ->> 'publicationStatus') AS status_before,
				       upper(l.after_state ->> 'publicationStatus') AS status_after,
				       %s AS record_slug
				FROM change_log l
				""".formatted(recordSlug);
	}

	/** The portal's latest public changes, newest first. */
	public List<PublicChange> latest(int limit) {
		return this.jdbc.sql(this.columns + "WHERE l.public_change AND " + this.notPublic + "\n" + """
				ORDER BY l.changed_at DESC, l.id DESC
				LIMIT ?
				""").param(limit).query(PublicChanges::change).list();
	}

	/** The latest public changes touching a country, newest first. */
	List<PublicChange> touching(String iso2, int limit) {
		return this.jdbc.sql(this.columns + "WHERE l.public_change AND " + this.notPublic + "\n" + """
				  AND EXISTS (SELECT 1 FROM change_log_country t WHERE t.change_id = l.id AND t.country_iso2 = ?)
				ORDER BY l.changed_at DESC, l.id DESC
				LIMIT ?
				""").params(iso2, limit).query(PublicChanges::change).list();
	}

	/** The latest public changes of one record, newest first. */
	List<PublicChange> of(String entityType, long id, int limit) {
		return this.jdbc.sql(this.columns + """
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
