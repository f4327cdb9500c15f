package org.a6portal.profile;

import jakarta.persistence.EntityManagerFactory;
import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
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

	/**
	 * Resolving the code, one statement per kind of record (Article 6.2 events, with or without an approach, in one), one for the partner countries; for Article 6.4, whatever
	 * the number of activities, a summary, the largest projects and programmes, the largest components (with their
	 * programmes) and the activity types the sector chart counts.
	 */
	private static final long STATEMENTS_PER_PAGE = 15;

	/** The full list of a country's 6.4 activities: resolving the code, the count, the page, the summary for the filters. */
	private static final long STATEMENTS_PER_LIST_PAGE = 4;

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
			.contains("Synthetic approach 29", "Synthetic event 29.1", "Synthetic lone event 4", "Synthetic NDC document 19", "Synthetic activity 14", "Synthetic project 9", "Synthetic statement 4",
					"Components of “Synthetic programme 0”", "Synthetic component 0.39", "Shared programme 1");
		// the activity-type table comes from what the page already fetched: 30 approaches' clean-cooking activities
		assertThat(Pages.html(this.mvc.get().uri("/countries/aq").exchange())
			.select("#sectors table.activity-types tbody tr")
			.eachText()).contains("Clean cooking (improved cookstoves) 0 30", "Renewable power 8 0", "Rice cultivation 7 0");
	}

	@Test
	void fullListOfManyActivitiesRunsTheSameStatementsAsAnEmptyOne() throws Exception {
		long empty = statementsToRender("/countries/aq/pacm-activities");
		addManyPublishedRecordsTo("AQ");
		long many = statementsToRender("/countries/aq/pacm-activities?sort=title&dir=asc&page=2");
		long filtered = statementsToRender("/countries/aq/pacm-activities?form=component&stage=host_approved");
		assertThat(many).isEqualTo(empty).isEqualTo(filtered).isEqualTo(STATEMENTS_PER_LIST_PAGE);
		// every sort, direction and filter; the page where projects and programmes end and components begin (1 of 3),
		// a page of components only (3), a filter that matches nothing
		for (String query : java.util.List.of("", "?page=3", "?sort=approved&dir=asc", "?sort=reductions&dir=asc&page=2",
				"?sort=title&dir=desc", "?sort=approved", "?form=project", "?form=programme&sort=title",
				"?stage=transition_approved", "?stage=host_approved&page=3")) {
			assertThat(statementsToRender("/countries/aq/pacm-activities" + query)).as(query).isEqualTo(STATEMENTS_PER_LIST_PAGE);
		}
		// five times as many records of every kind: the same statements
		for (int i = 0; i < 4; i++) {
			addManyPublishedRecordsTo("AQ", "more-" + i + "-");
		}
		assertThat(statementsToRender("/countries/aq/pacm-activities?page=14")).isEqualTo(STATEMENTS_PER_LIST_PAGE);
		// deep pages: by number, read from the part's nearer end, and by the links' cursors (after the previous page's
		// last activity, before the next page's first), a seek from that activity; a cursor naming no activity of the
		// list falls back to the page number in the same statement
		for (String list : java.util.List.of("?form=component", "?stage=host_approved&sort=title&dir=desc",
				"?form=component&sort=approved&dir=asc", "?sort=reductions&dir=asc")) {
			String path = "/countries/aq/pacm-activities" + list;
			for (int page = 2; page <= 10; page += 4) {
				org.jsoup.nodes.Document html = Pages.ok(this.mvc, path + "&page=" + page);
				String next = html.select(".pagination a[rel=next]").attr("href");
				String previous = html.select(".pagination a[rel=prev]").attr("href");
				assertThat(statementsToRender(path + "&page=" + page)).as(path + " " + page).isEqualTo(STATEMENTS_PER_LIST_PAGE);
				assertThat(statementsToRender(next)).as(next).isEqualTo(STATEMENTS_PER_LIST_PAGE);
				assertThat(statementsToRender(previous)).as(previous).isEqualTo(STATEMENTS_PER_LIST_PAGE);
			}
			assertThat(statementsToRender(path + "&page=9&after=999999999")).isEqualTo(STATEMENTS_PER_LIST_PAGE);
			assertThat(statementsToRender(path + "&page=9&before=1")).isEqualTo(STATEMENTS_PER_LIST_PAGE);
		}
		assertThat(statementsToRender("/countries/aq")).isEqualTo(STATEMENTS_PER_PAGE);
		assertThat(this.mvc.get().uri("/countries/aq/pacm-activities?form=component&stage=host_approved")
			.exchange()
			.getResponse()
			.getContentAsString()).contains("Components of “Synthetic programme 0”", "Synthetic component 0.39")
			.doesNotContain("Synthetic activity 1<");
	}

	private long statementsToRender(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	private void addManyPublishedRecordsTo(String iso2) {
		addManyPublishedRecordsTo(iso2, "");
	}

	/** Records whose slugs start with {@code prefix}, so that the same kinds can be added again. */
	private void addManyPublishedRecordsTo(String iso2, String prefix) {
		String sourced = "'published', 'https://example.org/source', 'Synthetic source', DATE '2026-01-01', DATE '2026-01-01'";
		String[] partners = { "CH", "SG", "SE", "JP", "NO", "KR" };
		String[] sectors = { "energy_supply", "transport", "waste", "agriculture" };
		for (int i = 0; i < 30; i++) {
			long approach = this.jdbc.sql("INSERT INTO cooperative_approach (slug, title, instrument, status, "
					+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, 'implementing_agreement', 'agreement_signed', " + sourced + ") RETURNING id")
				.params(prefix + "synthetic-approach-" + i, "Synthetic approach " + i)
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
					.params(prefix + "synthetic-activity-" + i + "-" + j, approach, "Synthetic mitigation activity " + i + "." + j)
					.query(Long.class)
					.single();
				this.jdbc.sql("INSERT INTO itmo_transfer (slug, approach_id, activity_id, from_iso2, to_iso2, transferred_on, "
						+ "quantity_tco2e, vintage, publication_status, source_url, source_title, source_retrieved_on, "
						+ "last_reviewed_on) VALUES (?, ?, ?, ?, ?, DATE '2025-06-01', 1000, 2024, " + sourced + ")")
					.params(prefix + "synthetic-transfer-" + i + "-" + j, approach, activity, iso2, partners[i % partners.length])
					.update();
				this.jdbc.sql("INSERT INTO itmo_event (slug, approach_id, host_iso2, kind, description, volume_tco2e, "
						+ "volume_meaning, publication_status, source_url, source_title, source_retrieved_on, "
						+ "last_reviewed_on) VALUES (?, ?, ?, 'authorisation', ?, 500, 'estimate', " + sourced + ")")
					.params(prefix + "synthetic-event-" + i + "-" + j, approach, iso2, "Synthetic event " + i + "." + j)
					.update();
			}
		}
		for (int i = 0; i < 20; i++) {
			this.jdbc.sql("INSERT INTO ndc_document (slug, country_iso2, title, registry_status, is_current, document_url, "
					+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, ?, 'active', ?, ?, " + sourced + ")")
				.params(prefix + "synthetic-ndc-document-" + i, iso2, "Synthetic NDC document " + i, i >= 18,
						"https://example.org/" + prefix + "ndc-" + i + ".pdf")
				.update();
		}
		for (int i = 0; i < 5; i++) {
			this.jdbc.sql("INSERT INTO itmo_event (slug, host_iso2, kind, description, publication_status, source_url, "
					+ "source_title, source_retrieved_on, last_reviewed_on) VALUES (?, ?, 'issuance', ?, " + sourced + ")")
				.params(prefix + "synthetic-lone-event-" + i, iso2, "Synthetic lone event " + i)
				.update();
		}
		for (int i = 0; i < 15; i++) {
			this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, stage, activity_type_code, "
					+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, ?, 'new_activity', 'pcn_submitted', ?, " + sourced + ")")
				.params(prefix + "synthetic-pacm-" + i, iso2, "Synthetic activity " + i, (i % 2 == 0) ? "renewable_power" : "rice_cultivation")
				.update();
		}
		// three programmes hosted here with 40 components each, and programmes hosted elsewhere that name it as a host too
		for (int p = 0; p < 3; p++) {
			long programme = this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, "
					+ "activity_type_code, publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, ?, 'cdm_transition', 'programme', 'transition_requested', 'household_efficiency', "
					+ sourced + ") RETURNING id")
				.params(prefix + "synthetic-programme-" + p, iso2, "Synthetic programme " + p)
				.query(Long.class)
				.single();
			for (int c = 0; c < 40; c++) {
				this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, host_approved_on, "
						+ "programme_id, activity_type_code, expected_reductions_tco2e_per_year, publication_status, "
						+ "source_url, source_title, source_retrieved_on, last_reviewed_on) "
						+ "VALUES (?, ?, ?, 'cdm_transition', 'component', 'host_approved', DATE '2025-01-01', ?, "
						+ "'household_efficiency', ?, " + sourced + ")")
					.params(prefix + "synthetic-component-" + p + "-" + c, iso2, "Synthetic component " + p + "." + c, programme,
							1000 * (40 * (3 - p) + c))
					.update();
			}
			long shared = this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, "
					+ "publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, 'KE', ?, 'cdm_transition', 'programme', 'transition_requested', " + sourced
					+ ") RETURNING id")
				.params(prefix + "shared-programme-" + p, "Shared programme " + p)
				.query(Long.class)
				.single();
			this.jdbc.sql("INSERT INTO pacm_activity_other_host VALUES (?, ?), (?, 'UG')").params(shared, iso2, shared).update();
		}
		for (int s = 0; s < 3; s++) {
			long submission = this.jdbc.sql("INSERT INTO ndc_submission (country_iso2, label, version_year, is_current) "
					+ "VALUES (?, ?, ?, ?) RETURNING id")
				.params(iso2, prefix + "Synthetic NDC " + (2015 + 5 * s), 2015 + 5 * s, s == 2 && prefix.isEmpty())
				.query(Long.class)
				.single();
			for (int t = 0; t < 4; t++) {
				this.jdbc.sql("INSERT INTO ndc_target (slug, submission_id, target_type, target_year, reduction_pct, "
						+ "conditional, publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on) "
						+ "VALUES (?, ?, 'base_year', 2030, 40, ?, " + sourced + ")")
					.params(prefix + "synthetic-target-" + s + "-" + t, submission, t % 2 == 0)
					.update();
			}
		}
		for (int i = 0; i < 5; i++) {
			this.jdbc.sql("INSERT INTO sd_statement (slug, country_iso2, topic, mechanism, body, publication_status, "
					+ "source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, 'participation_requirements', 'a6_4', ?, " + sourced + ")")
				.params(prefix + "synthetic-statement-" + i, iso2, "Synthetic statement " + i)
				.update();
			this.jdbc.sql("INSERT INTO initial_report (slug, country_iso2, title, review_status, publication_status, "
					+ "source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, ?, 'submitted', " + sourced + ")")
				.params(prefix + "synthetic-report-" + i, iso2, "Synthetic report " + i)
				.update();
		}
		for (int i = 0; i < 10; i++) {
			long project = this.jdbc.sql("INSERT INTO capacity_building_project (slug, title, summary, publication_status, "
					+ "source_url, source_title, source_retrieved_on, last_reviewed_on) "
					+ "VALUES (?, ?, 'A synthetic project.', " + sourced + ") RETURNING id")
				.params(prefix + "synthetic-project-" + i, "Synthetic project " + i)
				.query(Long.class)
				.single();
			this.jdbc.sql("INSERT INTO capacity_building_country VALUES (?, ?), (?, 'PE')").params(project, iso2, project).update();
		}
	}

}
