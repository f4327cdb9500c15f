package org.a6portal.home;


import org.a6portal.support.IntegrationTest;
import org.a6portal.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page costs a fixed number of SQL statements however many records there are: it reads them through
 * JdbcClient, which Hibernate's statistics do not see, so every statement the pool's connections prepare is counted.
 */
@IntegrationTest
@Import(StatementCounting.class)
@Transactional
class HomePageStatementCountIntegrationTests {

	/**
	 * The portal's revision for the validators, the Article 6.2 totals, the PACM stages, the map's figures, the latest
	 * changes and the country directory (regions).
	 */
	private static final long STATEMENTS_PER_HOME_PAGE = 6;

	private static final String REVISION_PROBE = "SELECT coalesce(max(id), 0) FROM change_log";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void homeRunsTheSameStatementsWithManyMoreRecords() throws Exception {
		long before = statementsToRender("/");
		this.jdbc.sql("""
				INSERT INTO cooperative_approach (slug, title, instrument, status, publication_status, source_url, source_title,
				                                  source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-approach-' || n, 'Synthetic approach ' || n, 'mou', 'mou_signed', 'published',
				       'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'
				FROM generate_series(1, 40) AS n
				""").update();
		this.jdbc.sql("""
				INSERT INTO cooperative_approach_party (approach_id, country_iso2, role)
				SELECT a.id, c.iso2, 'transferring' FROM cooperative_approach a
				CROSS JOIN (VALUES ('TV'), ('PE'), ('GH')) AS c (iso2)
				WHERE a.slug LIKE 'synthetic-approach-%'
				""").update();
		long after = statementsToRender("/?measure=approaches");
		assertThat(after).as(() -> String.join("\n---\n", StatementCounting.SQL))
			.isEqualTo(before)
			.isEqualTo(STATEMENTS_PER_HOME_PAGE);
		assertThat(this.mvc.get().uri("/?measure=approaches").exchange().getResponse().getContentAsString())
			.containsPattern("aria-label=\"Tuvalu: 4\\d approaches\"");
		assertThat(statementsToRender("/about")).isLessThanOrEqualTo(1);
	}

	private long statementsToRender(String path) {
		StatementCounting.SQL.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		// the page cache's revision probe (pagecache.CurrentRevision) runs around every request, once or twice
		// depending on its own state, whatever the page: not the page's cost
		return StatementCounting.SQL.stream().filter((sql) -> !sql.equals(REVISION_PROBE)).count();
	}

}
