package org.a6portal.timeline;

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
 * The timelines cost a fixed number of SQL statements in every scope, however many records there are: the portal's
 * validators, the filter's countries and every figure of the scope at once.
 */
@IntegrationTest
@Import(StatementCounting.class)
@Transactional
class TimelinesStatementCountIntegrationTests {

	private static final long STATEMENTS_PER_PAGE = 3;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyScopeRunsTheSameStatementsWithManyMoreRecords() throws Exception {
		String[] scopes = { "/timelines", "/timelines?country=pe", "/timelines?region=latin_america_caribbean" };
		for (String scope : scopes) {
			assertThat(statementsToRender(scope)).as(scope).isEqualTo(STATEMENTS_PER_PAGE);
		}
		this.jdbc.sql("""
				INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, stage_on, host_approved_on,
				                           publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-timeline-' || n || '-' || lower(c.iso2), c.iso2, 'Synthetic ' || n, 'cdm_transition', 'project',
				       'host_approved', DATE '2022-01-01' + n * 11, DATE '2022-01-01' + n * 11, 'published',
				       'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'
				FROM generate_series(1, 120) AS n CROSS JOIN (VALUES ('PE'), ('CO'), ('TV')) AS c (iso2)
				""").update();
		this.jdbc.sql("""
				INSERT INTO cooperative_approach (slug, title, instrument, status, signed_on, publication_status, source_url,
				                                  source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-timeline-approach-' || n, 'Synthetic approach ' || n, 'mou', 'mou_signed',
				       DATE '2015-01-01' + n * 100, 'published', 'https://example.org/source', 'Synthetic source',
				       DATE '2026-01-01', DATE '2026-01-01'
				FROM generate_series(1, 40) AS n
				""").update();
		this.jdbc.sql("""
				INSERT INTO cooperative_approach_party (approach_id, country_iso2, role)
				SELECT a.id, 'PE', 'transferring' FROM cooperative_approach a WHERE a.slug LIKE 'synthetic-timeline-approach-%'
				""").update();
		for (String scope : scopes) {
			assertThat(statementsToRender(scope)).as(() -> String.join("\n---\n", StatementCounting.SQL))
				.isEqualTo(STATEMENTS_PER_PAGE);
		}
		assertThat(this.mvc.get().uri("/timelines?country=pe").exchange().getResponse().getContentAsString())
			.contains("Q1 2022 – Approved by the host Party: ");
	}

	private long statementsToRender(String path) {
		StatementCounting.SQL.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		return StatementCounting.pageStatements().size();
	}

}
