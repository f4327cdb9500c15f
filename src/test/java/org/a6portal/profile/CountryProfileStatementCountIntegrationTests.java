package org.a6portal.profile;

import jakarta.persistence.EntityManagerFactory;
import org.a6portal.support.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country page costs a fixed number of SQL statements, however many records the country has: no N+1.
 */
@IntegrationTest
@Transactional
class CountryProfileStatementCountIntegrationTests {

	/** Resolving the code, then one statement per kind of record and one for the partner countries. */
	private static final long STATEMENTS_PER_PAGE = 10;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void pageOfACountryWithManyRecordsRunsTheSameStatementsAsAnEmptyOne() throws Exception {
		long empty = statementsToRender("/countries/aq");
		addManyPublishedRecordsTo("AQ");
		long many = statementsToRender("/countries/aq");
		assertThat(many).isEqualTo(empty).isEqualTo(STATEMENTS_PER_PAGE);
		assertThat(this.mvc.get().uri("/countries/aq").exchange().getResponse().getContentAsString())
			.contains("Synthetic approach 29", "Synthetic activity 14", "Synthetic project 9", "Synthetic statement 4");
	}

	private long statementsToRender(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	private void addManyPublishedRecordsTo(String iso2) {
		String sourced = "'published', 'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'";
		String[] partners = { "CH", "SG", "SE", "JP", "NO", "KR" };
		String[] sectors = { "energy_supply", "transport", "waste", "agriculture" };
		for (int i = 0; i < 30; i++) {
			long approach = this.jdbc.sql("INSERT INTO cooperative_approach (slug, title, instrument, status, "
					+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, 'implementing_agreement', 'agreement_signed', " + sourced + ") RETURNING id")
				.params("synthetic-approach-" + i, "Synthetic approach " + i)
				.query(Long.class)
				.single();
			this.jdbc.sql("INSERT INTO cooperative_approach_party VALUES (?, ?, 'transferring'), (?, ?, 'acquiring')")
				.params(approach, iso2, approach, partners[i % partners.length])
				.update();
			this.jdbc.sql("INSERT INTO cooperative_approach_sector VALUES (?, ?), (?, ?)")
				.params(approach, sectors[i % 4], approach, sectors[(i + 1) % 4])
				.update();
			for (int j = 0; j < 2; j++) {
				long activity = this.jdbc.sql("INSERT INTO mitigation_activity (slug, approach_id, title, activity_type_code, "
						+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
						+ "VALUES (?, ?, ?, 'clean_cooking', " + sourced + ") RETURNING id")
					.params("synthetic-activity-" + i + "-" + j, approach, "Synthetic mitigation activity " + i + "." + j)
					.query(Long.class)
					.single();
				this.jdbc.sql("INSERT INTO itmo_transfer (slug, approach_id, activity_id, from_iso2, to_iso2, transferred_on, "
						+ "quantity_tco2e, vintage, publication_status, source_url, source_title, source_retrieved_on, "
						+ "last_reviewed_on) VALUES (?, ?, ?, ?, ?, DATE '2025-06-01', 1000, 2024, " + sourced + ")")
					.params("synthetic-transfer-" + i + "-" + j, approach, activity, iso2, partners[i % partners.length])
					.update();
			}
		}
		for (int i = 0; i < 15; i++) {
			this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, stage, activity_type_code, "
					+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, ?, 'new_activity', 'pcn_submitted', ?, " + sourced + ")")
				.params("synthetic-pacm-" + i, iso2, "Synthetic activity " + i, (i % 2 == 0) ? "renewable_power" : "rice_cultivation")
				.update();
		}
		for (int s = 0; s < 3; s++) {
			long submission = this.jdbc.sql("INSERT INTO ndc_submission (country_iso2, label, version_year, is_current) "
					+ "VALUES (?, ?, ?, ?) RETURNING id")
				.params(iso2, "Synthetic NDC " + (2015 + 5 * s), 2015 + 5 * s, s == 2)
				.query(Long.class)
				.single();
			for (int t = 0; t < 4; t++) {
				this.jdbc.sql("INSERT INTO ndc_target (slug, submission_id, target_type, target_year, reduction_pct, "
						+ "conditional, publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
						+ "VALUES (?, ?, 'base_year', 2030, 40, ?, " + sourced + ")")
					.params("synthetic-target-" + s + "-" + t, submission, t % 2 == 0)
					.update();
			}
		}
		for (int i = 0; i < 5; i++) {
			this.jdbc.sql("INSERT INTO sd_statement (slug, country_iso2, topic, mechanism, body, publication_status, "
					+ "source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, 'participation_requirements', 'a6_4', ?, " + sourced + ")")
				.params("synthetic-statement-" + i, iso2, "Synthetic statement " + i)
				.update();
			this.jdbc.sql("INSERT INTO initial_report (slug, country_iso2, title, review_status, publication_status, "
					+ "source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, ?, 'submitted', " + sourced + ")")
				.params("synthetic-report-" + i, iso2, "Synthetic report " + i)
				.update();
		}
		for (int i = 0; i < 10; i++) {
			long project = this.jdbc.sql("INSERT INTO capacity_building_project (slug, title, summary, publication_status, "
					+ "source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, 'A synthetic project.', " + sourced + ") RETURNING id")
				.params("synthetic-project-" + i, "Synthetic project " + i)
				.query(Long.class)
				.single();
			this.jdbc.sql("INSERT INTO capacity_building_country VALUES (?, ?), (?, 'PE')").params(project, iso2, project).update();
		}
	}

}
