package org.a6portal.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pages that change with the data, each with when it last changed: every country page (its last public
 * change, else when the country row was last updated) and every published capacity-building project. One
 * statement each.
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
				SELECT c.iso2, coalesce(m.last_change, c.updated_at) AS lastmod
				FROM country c
				LEFT JOIN (SELECT cc.country_iso2, max(l.changed_at) AS last_change
				           FROM change_log l JOIN change_log_country cc ON cc.change_id = l.id
				           WHERE l.public_change
				           GROUP BY cc.country_iso2) m ON m.country_iso2 = c.iso2
				ORDER BY c.iso2
				""")
			.query((rs, n) -> new Page("/countries/" + rs.getString("iso2").toLowerCase(Locale.ROOT),
					rs.getTimestamp("lastmod").toInstant()))
			.list();
	}

	/** Every published capacity-building project's page, by slug. */
	List<Page> capacityBuildingProjects() {
		return this.jdbc.sql("""
				SELECT slug, updated_at FROM capacity_building_project
				WHERE publication_status = 'published'
				ORDER BY slug
				""")
			.query((rs, n) -> new Page("/capacity-building/" + rs.getString("slug"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * @param path the page's path below the portal's address
	 * @param lastModified when what it shows last changed
	 */
	record Page(String path, Instant lastModified) {
	}

}
