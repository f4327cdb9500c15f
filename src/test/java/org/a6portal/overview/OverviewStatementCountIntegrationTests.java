package org.a6portal.overview;

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
 * The overview pages cost a fixed number of SQL statements whatever the data and the filters: every statement the
 * pool's connections prepare is counted (Hibernate's and JdbcClient's alike), before and after adding many records.
 */
@IntegrationTest
@Import(StatementCounting.class)
@Transactional
class OverviewStatementCountIntegrationTests {

	/**
	 * The portal's revision for the validators, the countries, the taxonomy, the tally, the page's ids, its rows and
	 * the map's figures.
	 */
	private static final long STATEMENTS_PER_PIPELINE_PAGE = 7;

	/**
	 * The portal's revision for the validators, the countries, the years signed, the matching ids, the summary, the
	 * page's approaches with their Parties and the map's figures.
	 */
	private static final long STATEMENTS_PER_APPROACHES_PAGE = 7;

	private static final String REVISION_PROBE = "SELECT coalesce(max(id), 0) FROM change_log";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void thePipelineRunsTheSameStatementsWithManyMoreActivities() {
		long unfiltered = statementsToRender("/pacm-activities");
		long filtered = statementsToRender("/pacm-activities?country=pe&sort=title&region=latin_america_caribbean&sector=energy_supply");
		this.jdbc.sql("""
				INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, activity_type_code,
				                           expected_reductions_tco2e_per_year, publication_status, source_url,
				                           source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-overview-' || n, (ARRAY['PE', 'GH', 'IN', 'TV'])[1 + n % 4], 'Synthetic activity ' || n,
				       'cdm_transition', 'project', 'transition_requested', 'clean_cooking', n * 100, 'published',
				       'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'
				FROM generate_series(1, 400) AS n
				""").update();
		assertThat(statementsToRender("/pacm-activities?page=3")).as(() -> String.join("\n---\n", StatementCounting.SQL))
			.isEqualTo(unfiltered)
			.isEqualTo(filtered)
			.isEqualTo(STATEMENTS_PER_PIPELINE_PAGE);
		assertThat(statementsToRender("/pacm-activities?country=pe&sector=household_energy&sort=date&dir=asc&page=2"))
			.isEqualTo(STATEMENTS_PER_PIPELINE_PAGE);
	}

	@Test
	void theApproachesRunTheSameStatementsWithManyMoreApproaches() {
		long before = statementsToRender("/cooperative-approaches");
		this.jdbc.sql("""
				INSERT INTO cooperative_approach (slug, title, instrument, status, signed_on, publication_status,
				                                  source_url, source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-overview-' || n, 'Synthetic approach ' || n, 'mou', 'mou_signed', DATE '2021-01-01' + n,
				       'published', 'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'
				FROM generate_series(1, 120) AS n
				""").update();
		this.jdbc.sql("""
				INSERT INTO cooperative_approach_party (approach_id, country_iso2, role)
				SELECT a.id, c.iso2, c.role FROM cooperative_approach a
				CROSS JOIN (VALUES ('TV', 'transferring'), ('CH', 'acquiring')) AS c (iso2, role)
				WHERE a.slug LIKE 'synthetic-overview-%'
				""").update();
		assertThat(statementsToRender("/cooperative-approaches?page=2")).as(() -> String.join("\n---\n", StatementCounting.SQL))
			.isEqualTo(before)
			.isEqualTo(STATEMENTS_PER_APPROACHES_PAGE);
		assertThat(statementsToRender("/cooperative-approaches?country=ch&role=acquiring&year=2021&sort=volume"))
			.isEqualTo(STATEMENTS_PER_APPROACHES_PAGE);
	}

	private long statementsToRender(String path) {
		StatementCounting.SQL.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		// the page cache's revision probe runs around every request whatever the page: not the page's cost
		return StatementCounting.SQL.stream().filter((sql) -> !sql.equals(REVISION_PROBE)).count();
	}

}
