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

	/** When the public last saw anything change (or the epoch, before any change). */
	@Transactional(readOnly = true)
	public java.time.Instant lastPublicChange() {
		return this.jdbc.sql("SELECT coalesce(max(changed_at), 'epoch') FROM change_log WHERE public_change")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	@Transactional(readOnly = true)
	public long current() {
		return this.jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log").query(Long.class).single();
	}

}
