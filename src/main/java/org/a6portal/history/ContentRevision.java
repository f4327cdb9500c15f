package org.a6portal.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's content revision: the id of the latest recorded change. Every admin write advances it, so it is the
 * validator (ETag) of every public page and response: one indexed lookup, whatever the page.
 */
@Service
public class ContentRevision {

	private final JdbcClient jdbc;

	ContentRevision(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public long current() {
		return this.jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log").query(Long.class).single();
	}

}
