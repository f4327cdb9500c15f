package org.a6portal.discovery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pages that change with the data, each with when it last changed: every country page (when the content it
 * shows last changed, the date its "Last updated" line gives: {@code change_log.content_changed_at} of its public
 * changes, as {@code history.ContentRevision} reads it; none for a country with no record) and every published
 * capacity-building project, cooperative approach, Article 6.4 activity and initial report. One statement each.
 */
@Repository
@Transactional(readOnly = true)
class SitemapEntries {

	private final JdbcClient jdbc;

	SitemapEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every country page, by code. */
	List<Page> countries() {
		return this.jdbc.sql("""
				SELECT c.iso2, m.last_change AS lastmod
				FROM country c
				LEFT JOIN (SELECT cc.country_iso2, max(l.content_changed_at) AS last_change
				           FROM change_log l JOIN change_log_country cc ON cc.change_id = l.id
				           WHERE l.public_change
				           GROUP BY cc.country_iso2) m ON m.country_iso2 = c.iso2
				ORDER BY c.iso2
				""")
			.query((rs, n) -> new Page("/countries/" + rs.getString("iso2").toLowerCase(Locale.ROOT),
					instant(rs.getTimestamp("lastmod"))))
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * Every published record's own page of one kind, by slug, with when its content last changed publicly (none if
	 * the log holds no such date: no claim of an update that did not happen). The kind, table and path are constants of this class's callers, never request input.
	 * A page made of several records (an NDC target set) names a view with a row per published member: one entry per
	 * slug, dated by its newest member's change.
	 */
	List<RecordPage> records(String entityType, String table, String pathPrefix) {
		return this.jdbc.sql("""
				SELECT r.slug, max(m.last_change) AS lastmod
				FROM %s r
				LEFT JOIN (SELECT l.entity_id, max(l.content_changed_at) AS last_change
				           FROM change_log l
				           WHERE l.public_change AND l.entity_type = ?
				           GROUP BY l.entity_id) m ON m.entity_id = r.id::text
				WHERE r.publication_status = 'published'
				GROUP BY r.slug
				ORDER BY r.slug
				""".formatted(table))
			.param(entityType)
			.query((rs, n) -> {
				java.sql.Timestamp lastmod = rs.getTimestamp("lastmod");
				return new RecordPage(pathPrefix + rs.getString("slug"), (lastmod != null) ? lastmod.toInstant() : null);
			})
			.list();
	}

	/**
	 * @param path the page's path below the portal's address
	 * @param lastModified when what it shows last changed, or {@code null} if it shows nothing that ever changed
	 */
	record Page(String path, @Nullable Instant lastModified) {
	}

	/**
	 * @param path the record page's path below the portal's address
	 * @param lastModified when its content last changed publicly, if known
	 */
	record RecordPage(String path, @Nullable Instant lastModified) {
	}

}
