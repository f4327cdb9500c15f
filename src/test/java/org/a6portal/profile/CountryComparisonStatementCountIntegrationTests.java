package org.a6portal.profile;

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
 * The compare page costs a fixed number of SQL statements for a given number of countries, however many records
 * they have. It reads through JPA and JdbcClient, so every statement the pool's connections prepare is counted (as
 * in {@code home.HomePageStatementCountIntegrationTests}).
 */
@IntegrationTest
@Import(StatementCounting.class)
@Transactional
class CountryComparisonStatementCountIntegrationTests {

	/** The validators' stamp, every country (picker, codes, partners), the activity types, the last sections' counts. */
	private static final long PER_PAGE = 4;

	/** Approaches, transfers, events, the Article 6.4 tally, NDC targets, the current NDC document. */
	private static final long PER_COUNTRY = 6;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void comparingCountriesWithManyMoreRecordsRunsTheSameStatements() throws Exception {
		long two = statementsToRender("/compare?c=aq,pe");
		long four = statementsToRender("/compare?c=aq,pe,gh,in");
		String sourced = "'published', 'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'";
		this.jdbc.sql("""
				INSERT INTO cooperative_approach (slug, title, instrument, status, publication_status, source_url, source_title,
				                                  source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-approach-' || n, 'Synthetic approach ' || n, 'mou', 'mou_signed', %s
				FROM generate_series(1, 40) AS n
				""".formatted(sourced)).update();
		this.jdbc.sql("""
				INSERT INTO cooperative_approach_party (approach_id, country_iso2, role)
				SELECT a.id, c.iso2, c.role FROM cooperative_approach a
				CROSS JOIN (VALUES ('AQ', 'transferring'), ('CH', 'acquiring'), ('SE', 'acquiring')) AS c (iso2, role)
				WHERE a.slug LIKE 'synthetic-approach-%'
				""").update();
		this.jdbc.sql("""
				INSERT INTO cooperative_approach_sector (approach_id, sector_code)
				SELECT a.id, s.code FROM cooperative_approach a CROSS JOIN (VALUES ('energy_supply'), ('waste')) AS s (code)
				WHERE a.slug LIKE 'synthetic-approach-%'
				""").update();
		this.jdbc.sql("""
				INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, activity_type_code,
				                           expected_reductions_tco2e_per_year, publication_status, source_url, source_title,
				                           source_retrieved_on, last_reviewed_on)
				SELECT 'synthetic-activity-' || n, 'AQ', 'Synthetic activity ' || n, 'cdm_transition', 'project',
				       (ARRAY['transition_requested', 'host_approved', 'transition_approved'])[1 + mod(n, 3)],
				       'renewable_power', 1000 * n, %s
				FROM generate_series(1, 60) AS n
				""".formatted(sourced)).update();
		this.jdbc.sql("""
				INSERT INTO sd_statement (country_iso2, topic, mechanism, body, slug, publication_status, source_url,
				                          source_title, source_retrieved_on, last_reviewed_on)
				SELECT 'AQ', 'national_regulation', 'both', 'Synthetic rule ' || n, 'synthetic-rule-' || n, %s
				FROM generate_series(1, 12) AS n
				""".formatted(sourced)).update();
		assertThat(statementsToRender("/compare?c=aq,pe")).as(() -> String.join("\n---\n", StatementCounting.SQL))
			.isEqualTo(two)
			.isEqualTo(PER_PAGE + 2 * PER_COUNTRY);
		assertThat(statementsToRender("/compare?c=aq,pe,gh,in")).isEqualTo(four).isEqualTo(PER_PAGE + 4 * PER_COUNTRY);
		String html = this.mvc.get().uri("/compare?c=aq,pe").exchange().getResponse().getContentAsString();
		assertThat(html).contains("60", "1,830,000", ">40<", "Sweden", "Switzerland");
	}

	private long statementsToRender(String path) {
		StatementCounting.SQL.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		// the page cache's revision probe (pagecache.CurrentRevision) runs around every request: not the page's cost
		return StatementCounting.pageStatements().size();
	}

}
