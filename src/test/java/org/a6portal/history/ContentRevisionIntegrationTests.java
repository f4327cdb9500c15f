package org.a6portal.history;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country's stamp reads the public changes from their own index, whatever else the change log holds.
 */
@IntegrationTest
@Transactional
class ContentRevisionIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ContentRevision revision;

	@Test
	void aCountrysLastPublicChangeIsReadFromThePublicChangesIndexNotFromTheWholeLog() {
		// the history the index is for: one country with thousands of non-public changes (drafts, their edits)
		this.jdbc.sql("""
				WITH drafts AS (
				  INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, public_change, after_state)
				  SELECT 'ndc_target', 'draft-' || n, 'Draft ' || n, 'create', 'editor@example.org', false,
				         jsonb_build_object('notes', repeat('x', 200))
				  FROM generate_series(1, 5000) n
				  RETURNING id)
				INSERT INTO change_log_country (change_id, country_iso2) SELECT id, 'PE' FROM drafts
				""").update();
		this.jdbc.sql("ANALYZE change_log").update();
		this.jdbc.sql("ANALYZE change_log_country").update();
		List<String> plan = this.jdbc.sql("EXPLAIN " + ContentRevision.COUNTRY.replace("?", "'PE'")).query(String.class).list();
		// an index-only scan once the table is vacuumed, a bitmap scan of the index before; never the whole table
		assertThat(String.join("\n", plan)).containsPattern("Scan (using|on) change_log_public_idx")
			.doesNotContain("Seq Scan on change_log l");
	}

	@Test
	void draftsDoNotMoveACountrysLastPublicChange() {
		ContentRevision.Stamp before = this.revision.country("PE");
		long draft = this.jdbc.sql("""
				INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, public_change, changed_at)
				VALUES ('ndc_target', 'draft-x', 'Draft', 'create', 'editor@example.org', false, now() + interval '1 day')
				RETURNING id
				""").query(Long.class).single();
		this.jdbc.sql("INSERT INTO change_log_country (change_id, country_iso2) VALUES (?, 'PE')").param(draft).update();
		ContentRevision.Stamp after = this.revision.country("PE");
		assertThat(after.revision()).isEqualTo(draft);
		assertThat(after.lastPublicChange()).isEqualTo(before.lastPublicChange());
	}

}
