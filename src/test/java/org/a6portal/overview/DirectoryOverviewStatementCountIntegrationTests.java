package org.a6portal.overview;

import java.util.List;

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
 * The overview pages of NDC targets, initial reports and capacity building cost a fixed number of SQL statements
 * however many records there are and whatever the filter: the portal's revision for the validators, the filters'
 * choices, every country's figures for the filter (summary, regions, map, names) and the page's rows. They read
 * through JdbcClient, so every statement the pool's connections prepare is counted.
 */
@IntegrationTest
@Import(StatementCounting.class)
@Transactional
class DirectoryOverviewStatementCountIntegrationTests {

	private static final long STATEMENTS_PER_PAGE = 4;

	private static final List<String> PAGES = List.of("/ndc-targets", "/ndc-targets?region=africa&sort=year&page=2",
			"/ndc-targets?country=gh&conditional=true", "/initial-reports", "/initial-reports?country=gh&sort=title",
			"/initial-reports?region=africa&page=2", "/capacity-building", "/capacity-building?country=gh&year=2025",
			"/capacity-building?region=africa&sort=countries&page=2");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void eachPageRunsTheSameStatementsWithManyMoreRecords() {
		assertThat(statementsToRender("/ndc-targets")).isEqualTo(STATEMENTS_PER_PAGE);
		assertThat(statementsToRender("/initial-reports")).isEqualTo(STATEMENTS_PER_PAGE);
		assertThat(statementsToRender("/capacity-building")).isEqualTo(STATEMENTS_PER_PAGE);
		this.jdbc.sql("""
				INSERT INTO ndc_submission (country_iso2, label, version_year)
				SELECT iso2, 'Synthetic NDC (2031)', 2031 FROM country WHERE region = 'africa'
				""").update();
		this.jdbc.sql("""
				INSERT INTO ndc_target (slug, submission_id, target_type, target_year, reduction_pct, conditional,
				                        publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-target-' || s.id || '-' || n, s.id, 'base_year', 2030 + n % 5, n % 80, n % 2 = 0,
				       'published', 'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'
				FROM ndc_submission s CROSS JOIN generate_series(1, 3) AS n
				WHERE s.label = 'Synthetic NDC (2031)'
				""").update();
		this.jdbc.sql("""
				INSERT INTO initial_report (slug, country_iso2, title, submitted_on, review_status, publication_status,
				                            source_url, source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-report-' || lower(c.iso2) || '-' || n, c.iso2, 'Synthetic report ' || n, DATE '2025-01-01',
				       'submitted', 'published', 'https://example.org/source', 'Synthetic source', DATE '2026-01-01',
				       DATE '2026-01-01'
				FROM country c CROSS JOIN generate_series(1, 2) AS n WHERE c.region = 'africa'
				""").update();
		this.jdbc.sql("""
				INSERT INTO capacity_building_project (slug, title, lead_organisation, started_on, publication_status,
				                                       source_url, source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-project-' || n, 'Synthetic project ' || n, 'Synthetic agency', DATE '2024-01-01',
				       'published', 'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'
				FROM generate_series(1, 120) AS n
				""").update();
		this.jdbc.sql("""
				INSERT INTO capacity_building_country (project_id, country_iso2)
				SELECT p.id, c.iso2 FROM capacity_building_project p
				CROSS JOIN (VALUES ('GH'), ('KE'), ('SN')) AS c (iso2)
				WHERE p.slug LIKE 'synthetic-project-%'
				""").update();
		for (String page : PAGES) {
			assertThat(statementsToRender(page)).as(() -> page + "\n" + String.join("\n---\n", StatementCounting.SQL))
				.isEqualTo(STATEMENTS_PER_PAGE);
		}
	}

	private long statementsToRender(String path) {
		StatementCounting.SQL.clear();
		assertThat(this.mvc.get().uri(path)).as(path).hasStatusOk();
		// the page cache's revision probe (pagecache.CurrentRevision) runs around every request, whatever the page
		return StatementCounting.pageStatements().size();
	}

}
