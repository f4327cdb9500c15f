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
 * A record's own page costs a fixed number of JPA statements, however much the record holds (as
 * {@link CountryProfileStatementCountIntegrationTests} holds for the country page). The two plain-JDBC statements
 * of every record page (its validators, its public history) are one each by construction. So do the record's API
 * resource and its embed.
 */
@IntegrationTest
@Transactional
class RecordPageStatementCountIntegrationTests {

	/** The approach with its Parties and sectors, its activities, its transfers, the countries they name. */
	private static final long STATEMENTS_PER_APPROACH_PAGE = 4;

	/** The activity with its type, sector, programme and other hosts; the countries. */
	private static final long STATEMENTS_PER_ACTIVITY_PAGE = 2;

	/** The report; its country. */
	private static final long STATEMENTS_PER_REPORT_PAGE = 2;

	/** The set's targets with their NDC version; the registry's documents of the version; its country. */
	private static final long STATEMENTS_PER_NDC_TARGET_SET_PAGE = 3;

	private static final String SOURCED = "'published', 'https://example.org/source', 'Synthetic source', "
			+ "DATE '2026-01-01', DATE '2026-01-01'";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void approachPageWithManyPartiesActivitiesAndTransfersRunsTheSameStatementsAsABareOne() {
		long bare = statementsToRender("/cooperative-approaches/" + approach("bare-approach", 1, 0));
		long full = statementsToRender("/cooperative-approaches/" + approach("full-approach", 6, 20));
		assertThat(full).isEqualTo(bare).isEqualTo(STATEMENTS_PER_APPROACH_PAGE);
	}

	@Test
	void approachResourceAndEmbedRunTheSameStatementsWhateverTheApproachHolds() {
		String bare = approach("bare-approach", 1, 0);
		String full = approach("full-approach", 6, 20);
		// the approach page's statements and its ITMO events
		assertThat(statementsToRender("/api/v1/cooperative-approaches/" + full))
			.isEqualTo(statementsToRender("/api/v1/cooperative-approaches/" + bare))
			.isEqualTo(statementsToRender("/api/v1/cooperative-approaches/" + full + ".csv"))
			.isEqualTo(STATEMENTS_PER_APPROACH_PAGE + 1);
		assertThat(statementsToRender("/embed/cooperative-approaches/" + full))
			.isEqualTo(statementsToRender("/embed/cooperative-approaches/" + bare))
			.isEqualTo(STATEMENTS_PER_APPROACH_PAGE);
	}

	@Test
	void programmeWithManyHostsRunsTheSameStatementsAsAProject() {
		long programme = this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, "
				+ "activity_type_code, publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
				+ "VALUES ('synthetic-programme', 'KE', 'Synthetic programme', 'cdm_transition', 'programme', "
				+ "'transition_requested', 'household_efficiency', " + SOURCED + ") RETURNING id")
			.query(Long.class)
			.single();
		for (String host : new String[] { "UG", "TZ", "RW", "ET", "MW" }) {
			this.jdbc.sql("INSERT INTO pacm_activity_other_host VALUES (?, ?)").params(programme, host).update();
		}
		this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, programme_id, "
				+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
				+ "VALUES ('synthetic-component', 'KE', 'Synthetic component', 'cdm_transition', 'component', "
				+ "'transition_requested', ?, " + SOURCED + ")").param(programme).update();
		this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, stage, publication_status, source_url, "
				+ "source_title, source_retrieved_on, last_reviewed_on) VALUES ('synthetic-project', 'PE', "
				+ "'Synthetic project', 'new_activity', 'pcn_submitted', " + SOURCED + ")").update();
		long project = statementsToRender("/pacm-activities/synthetic-project");
		long many = statementsToRender("/pacm-activities/synthetic-programme");
		long component = statementsToRender("/pacm-activities/synthetic-component");
		assertThat(many).isEqualTo(project).isEqualTo(component).isEqualTo(STATEMENTS_PER_ACTIVITY_PAGE);
		assertThat(statementsToRender("/embed/pacm-activities/synthetic-programme")).isEqualTo(STATEMENTS_PER_ACTIVITY_PAGE);
		// the resource adds the programme's components
		for (String slug : new String[] { "synthetic-project", "synthetic-programme", "synthetic-component" }) {
			assertThat(statementsToRender("/api/v1/pacm-activities/" + slug)).as(slug).isEqualTo(STATEMENTS_PER_ACTIVITY_PAGE + 1);
		}
	}

	@Test
	void initialReportPageRunsAFixedNumberOfStatements() {
		assertThat(statementsToRender("/initial-reports/ir-gh-1")).isEqualTo(STATEMENTS_PER_REPORT_PAGE);
		assertThat(statementsToRender("/embed/initial-reports/ir-gh-1")).isEqualTo(STATEMENTS_PER_REPORT_PAGE);
		// the resource adds the approaches the report describes; the list the same per page, its count included
		assertThat(statementsToRender("/api/v1/initial-reports/ir-gh-1")).isEqualTo(STATEMENTS_PER_REPORT_PAGE + 1);
	}

	@Test
	void ndcTargetSetPageWithManyTargetsRunsTheSameStatementsAsOneWithOne() {
		long one = statementsToRender("/ndc-targets/" + ndcTargetSet(2031, 1));
		long many = statementsToRender("/ndc-targets/" + ndcTargetSet(2032, 12));
		assertThat(many).isEqualTo(one).isEqualTo(STATEMENTS_PER_NDC_TARGET_SET_PAGE);
	}

	/** A new NDC version of Kenya with this many published targets; its slug. */
	private String ndcTargetSet(int versionYear, int targets) {
		long submission = this.jdbc.sql("INSERT INTO ndc_submission (country_iso2, label, version_year) VALUES ('KE', ?, ?) "
				+ "RETURNING id")
			.params("synthetic NDC " + versionYear, versionYear)
			.query(Long.class)
			.single();
		for (int i = 0; i < targets; i++) {
			this.jdbc.sql("INSERT INTO ndc_target (slug, submission_id, target_type, target_year, reduction_pct, "
					+ "conditional, publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, 'bau', ?, 10, true, " + SOURCED + ")")
				.params("synthetic-ndc-" + versionYear + "-" + i, submission, 2035 + i)
				.update();
		}
		return this.jdbc.sql("SELECT slug FROM ndc_submission WHERE id = ?").param(submission).query(String.class).single();
	}

	private String approach(String slug, int partners, int transfers) {
		long id = this.jdbc.sql("INSERT INTO cooperative_approach (slug, title, instrument, status, publication_status, "
				+ "source_url, source_title, source_retrieved_on, last_reviewed_on) "
				+ "VALUES (?, ?, 'implementing_agreement', 'agreement_signed', " + SOURCED + ") RETURNING id")
			.params(slug, "Synthetic " + slug)
			.query(Long.class)
			.single();
		String[] acquirers = { "CH", "SG", "SE", "JP", "NO", "KR" };
		this.jdbc.sql("INSERT INTO cooperative_approach_party VALUES (?, 'AQ', 'transferring')").param(id).update();
		for (int i = 0; i < partners; i++) {
			this.jdbc.sql("INSERT INTO cooperative_approach_party VALUES (?, ?, 'acquiring')").params(id, acquirers[i]).update();
		}
		this.jdbc.sql("INSERT INTO cooperative_approach_sector VALUES (?, 'energy_supply'), (?, 'waste')")
			.params(id, id)
			.update();
		for (int i = 0; i < transfers; i++) {
			long activity = this.jdbc.sql("INSERT INTO mitigation_activity (slug, approach_id, title, activity_type_code, "
					+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, ?, 'clean_cooking', " + SOURCED + ") RETURNING id")
				.params(slug + "-activity-" + i, id, "Synthetic activity " + i)
				.query(Long.class)
				.single();
			this.jdbc.sql("INSERT INTO itmo_transfer (slug, approach_id, activity_id, from_iso2, to_iso2, transferred_on, "
					+ "quantity_tco2e, vintage, publication_status, source_url, source_title, source_retrieved_on, "
					+ "last_reviewed_on) VALUES (?, ?, ?, 'AQ', ?, DATE '2025-06-01', 1000, 2024, " + SOURCED + ")")
				.params(slug + "-transfer-" + i, id, activity, acquirers[i % partners])
				.update();
		}
		return slug;
	}

	private long statementsToRender(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

}
