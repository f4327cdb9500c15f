package org.a6portal.pacm;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country's 6.4 summary (counts by stage, form and type, expected reductions, co-hosted rows) is read from
 * {@code pacm_tally}, kept by statement triggers (V28): every write to the activities shows on the next render of the
 * country's list, and the kept rows are always those a count over the tables gives.
 */
@IntegrationTest
@Transactional
class PacmTallyIntegrationTests {

	/**
	 * The tallies a count over the tables gives, as pacm_tally keeps them (V31: also by origin, the activity's own host
	 * and the regions of all its hosts).
	 */
	private static final String FRESH = """
			SELECT x.iso2, x.publication_status, x.stage, x.form, x.origin, x.activity_type_code, x.host_iso2,
			       ARRAY(SELECT DISTINCT c.region FROM country c
			             WHERE c.region IS NOT NULL AND (c.iso2 = x.host_iso2 OR c.iso2 IN (
			                   SELECT o.country_iso2 FROM pacm_activity_other_host o WHERE o.activity_id = x.id))
			             ORDER BY 1),
			       count(*)::int, count(x.r)::int, sum(x.r), (count(*) FILTER (WHERE x.co))::int
			FROM (SELECT a.id, a.host_iso2 AS iso2, a.publication_status, a.stage, a.form, a.origin,
			             a.activity_type_code, a.host_iso2, a.expected_reductions_tco2e_per_year AS r, false AS co
			      FROM pacm_activity a
			      UNION ALL
			      SELECT a.id, h.country_iso2, a.publication_status, a.stage, a.form, a.origin, a.activity_type_code,
			             a.host_iso2, a.expected_reductions_tco2e_per_year, true
			      FROM pacm_activity_other_host h JOIN pacm_activity a ON a.id = h.activity_id
			      WHERE a.host_iso2 <> h.country_iso2) x
			GROUP BY 1, 2, 3, 4, 5, 6, 7, 8""";

	private static final String KEPT = """
			SELECT country_iso2, publication_status, stage, form, origin, activity_type_code, host_iso2, host_regions,
			       activities, with_reductions, reductions, co_hosted FROM pacm_tally""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void editingUnpublishingAndDeletingAnActivityChangesTheListsSummaryAndCounts() {
		Document before = list("pe");
		long total = publishedCount("PE");
		assertThat(before.select(".section-intro").text()).startsWith(total + " activities are recorded for Peru");
		assertThat(stageOption(before, "transition_requested")).isEqualTo("Transition requested (" + total + ")");
		long activity = this.jdbc.sql("SELECT min(id) FROM pacm_activity WHERE host_iso2 = 'PE' AND publication_status = 'published'")
			.query(Long.class)
			.single();

		// edited: another stage
		this.jdbc.sql("UPDATE pacm_activity SET stage = 'host_approved' WHERE id = ?").param(activity).update();
		Document edited = list("pe");
		assertThat(stageOption(edited, "transition_requested")).isEqualTo("Transition requested (" + (total - 1) + ")");
		assertThat(stageOption(edited, "host_approved")).isEqualTo("Approved by the host Party (1)");
		assertThat(list("pe", "?stage=host_approved").select(".pacm-count").text()).isEqualTo("Activities 1–1 of 1");

		// unpublished: off the public list and its counts
		this.jdbc.sql("UPDATE pacm_activity SET publication_status = 'draft' WHERE id = ?").param(activity).update();
		Document unpublished = list("pe");
		assertThat(unpublished.select(".section-intro").text()).startsWith((total - 1) + " activities are recorded");
		assertThat(unpublished.select("#stage option[value=host_approved]")).isEmpty();
		assertThat(unpublished.select(".pacm-count").text()).endsWith("of " + (total - 1));

		// published again, then deleted
		this.jdbc.sql("UPDATE pacm_activity SET publication_status = 'published' WHERE id = ?").param(activity).update();
		assertThat(list("pe").select(".pacm-count").text()).endsWith("of " + total);
		this.jdbc.sql("DELETE FROM pacm_activity WHERE id = ?").param(activity).update();
		Document deleted = list("pe");
		assertThat(deleted.select(".section-intro").text()).startsWith((total - 1) + " activities are recorded");
		assertThat(stageOption(deleted, "transition_requested")).isEqualTo("Transition requested (" + (total - 1) + ")");
		assertThat(deleted.select(".pacm-count").text()).endsWith("of " + (total - 1));
		assertKeptEqualsFresh();
	}

	@Test
	void theKeptTalliesEqualAFreshCountAfterMixedWrites() {
		assertKeptEqualsFresh();
		// several rows in one statement, two hosts
		this.jdbc.sql("""
				INSERT INTO pacm_activity (slug, title, host_iso2, origin, form, stage, activity_type_code,
				    expected_reductions_tco2e_per_year, publication_status, source_url, source_title,
				    source_retrieved_on, last_reviewed_on)
				SELECT 'tally-test-' || n, 'Tally test ' || n, CASE WHEN n % 2 = 0 THEN 'PE' ELSE 'CL' END,
				       'new_activity', CASE WHEN n % 3 = 0 THEN 'component' ELSE 'project' END, 'validation',
				       (SELECT min(code) FROM activity_type), CASE WHEN n % 4 = 0 THEN NULL ELSE 1000 * n END,
				       CASE WHEN n % 5 = 0 THEN 'draft' ELSE 'published' END, 'https://example.org/tally',
				       'Tally test', current_date, current_date
				FROM generate_series(1, 12) AS n""").update();
		assertKeptEqualsFresh();
		// moved, retyped, resized, restaged, in one statement
		this.jdbc.sql("""
				UPDATE pacm_activity SET host_iso2 = CASE WHEN host_iso2 = 'PE' THEN 'KE' ELSE host_iso2 END,
				    activity_type_code = NULL, expected_reductions_tco2e_per_year = 7,
				    stage = 'registration_requested'
				WHERE slug IN ('tally-test-2', 'tally-test-3', 'tally-test-4')""").update();
		assertKeptEqualsFresh();
		// other hosts added (Peru, and the activity's own host, which counts once), one moved, one removed
		this.jdbc.sql("""
				INSERT INTO pacm_activity_other_host (activity_id, country_iso2)
				SELECT id, c FROM pacm_activity, unnest(ARRAY['PE', 'IN']) AS c
				WHERE slug IN ('tally-test-1', 'tally-test-5', 'tally-test-6')
				  AND NOT EXISTS (SELECT 1 FROM pacm_activity_other_host h WHERE h.activity_id = pacm_activity.id
				                                                         AND h.country_iso2 = c)""").update();
		assertKeptEqualsFresh();
		this.jdbc.sql("""
				UPDATE pacm_activity_other_host SET country_iso2 = 'BR'
				WHERE country_iso2 = 'IN' AND activity_id = (SELECT id FROM pacm_activity WHERE slug = 'tally-test-1')""")
			.update();
		this.jdbc.sql("""
				DELETE FROM pacm_activity_other_host
				WHERE country_iso2 = 'PE' AND activity_id = (SELECT id FROM pacm_activity WHERE slug = 'tally-test-5')""")
			.update();
		assertKeptEqualsFresh();
		// a co-hosted activity deleted (its other hosts go by cascade), then a whole country's unpublished
		this.jdbc.sql("DELETE FROM pacm_activity WHERE slug IN ('tally-test-1', 'tally-test-8')").update();
		this.jdbc.sql("UPDATE pacm_activity SET publication_status = 'draft' WHERE host_iso2 = 'PE'").update();
		assertKeptEqualsFresh();
		// a bulk writer's deferred upkeep, flushed once
		this.jdbc.sql("SELECT upkeep_defer()").query().listOfRows();
		this.jdbc.sql("UPDATE pacm_activity SET publication_status = 'published' WHERE host_iso2 = 'PE'").update();
		this.jdbc.sql("DELETE FROM pacm_activity WHERE slug = 'tally-test-6'").update();
		this.jdbc.sql("SELECT upkeep_flush()").query(Integer.class).single();
		assertKeptEqualsFresh();
		assertThat(list("pe").select(".pacm-count").text()).endsWith("of " + publishedCount("PE"));
	}

	private void assertKeptEqualsFresh() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM ((" + FRESH + ") EXCEPT (" + KEPT + ")) d")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM ((" + KEPT + ") EXCEPT (" + FRESH + ")) d")
			.query(Long.class)
			.single()).isZero();
	}

	private long publishedCount(String iso2) {
		return this.jdbc.sql("""
				SELECT count(*) FROM pacm_activity a WHERE a.publication_status = 'published'
				AND (a.host_iso2 = :iso2 OR a.id IN (SELECT activity_id FROM pacm_activity_other_host WHERE country_iso2 = :iso2))""")
			.param("iso2", iso2)
			.query(Long.class)
			.single();
	}

	private Document list(String code) {
		return list(code, "");
	}

	private Document list(String code, String query) {
		return Pages.ok(this.mvc, "/countries/" + code + "/pacm-activities" + query);
	}

	private static String stageOption(Document page, String stage) {
		List<String> options = page.select("#stage option[value=" + stage + "]").eachText();
		assertThat(options).hasSize(1);
		return options.get(0);
	}

}
