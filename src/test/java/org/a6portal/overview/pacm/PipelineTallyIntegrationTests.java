package org.a6portal.overview.pacm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.a6portal.common.CodedEnum;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.Stage;
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
 * The pipeline overview's tally is summed from the kept {@code pacm_tally} rows (V31), never from the activities: for
 * every filter combination it equals a direct count over the tables with the page's own meaning (a country matches
 * the activities it hosts or co-hosts; a region those with any host in it; every activity counted once, under its own
 * host), co-hosted programmes included, and after writes that move activities, their other hosts and a country's
 * region.
 */
@IntegrationTest
@Transactional
class PipelineTallyIntegrationTests {

	/** The direct count: the published activities the filters match, each once, grouped as the page's tally. */
	private static final String DIRECT = """
			SELECT a.host_iso2, a.stage, a.form, a.origin, a.activity_type_code, count(*),
			       sum(a.expected_reductions_tco2e_per_year)
			FROM pacm_activity a
			WHERE a.publication_status = 'published'
			  AND (CAST(:country AS text) IS NULL OR a.host_iso2 = :country
			       OR EXISTS (SELECT 1 FROM pacm_activity_other_host h WHERE h.activity_id = a.id
			                  AND h.country_iso2 = :country))
			  AND (CAST(:region AS text) IS NULL
			       OR EXISTS (SELECT 1 FROM country c WHERE c.iso2 = a.host_iso2 AND c.region = :region)
			       OR EXISTS (SELECT 1 FROM pacm_activity_other_host h JOIN country c ON c.iso2 = h.country_iso2
			                  WHERE h.activity_id = a.id AND c.region = :region))
			  AND (CAST(:stage AS text) IS NULL OR a.stage = :stage)
			  AND (CAST(:form AS text) IS NULL OR a.form = :form)
			  AND (CAST(:origin AS text) IS NULL OR a.origin = :origin)
			  AND (CAST(:sector AS text) IS NULL OR EXISTS (SELECT 1 FROM activity_type t
			       WHERE t.code = a.activity_type_code AND t.sector_code = :sector))
			  AND (CAST(:activityType AS text) IS NULL OR a.activity_type_code = :activityType)
			GROUP BY 1, 2, 3, 4, 5""";

	/** country, region, stage, form, origin, sector, activity type. */
	private static final String[][] FILTERS = { {}, { "pe" }, { "gh" }, { "mm" }, { "ch" }, { "ke" },
			{ null, "africa" }, { null, "latin_america_caribbean" }, { null, "asia" }, { null, "europe" },
			{ "gh", "africa" }, { "gh", "europe" }, { "pe", "africa" }, { "ch", "africa" },
			{ null, null, "transition_requested", "project" }, { null, null, "host_approved" },
			{ null, null, null, "programme" }, { null, null, null, "component" }, { null, null, null, null, "cdm_transition" },
			{ null, null, null, null, "new_activity" }, { null, null, null, null, null, "household_energy" },
			{ null, null, null, null, null, "energy_supply" }, { null, null, null, null, null, null, "household_efficiency" },
			{ null, null, null, null, null, null, "bioenergy" }, { "in", null, "transition_requested", "project" },
			{ null, "africa", null, "programme", null, "household_energy" },
			{ "gh", null, null, null, "cdm_transition", null, "household_efficiency" },
			{ null, "latin_america_caribbean", null, null, "cdm_transition" } };

	@Autowired
	private PacmPipeline pipeline;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theKeptTallyEqualsADirectCountForEveryFilterCombination() {
		assertThat(this.jdbc.sql("SELECT count(DISTINCT activity_id) FROM pacm_activity_other_host")
			.query(Long.class)
			.single()).as("the seed has co-hosted programmes").isPositive();
		assertEveryFilterMatches();
	}

	@Test
	void coHostedProgrammesCountOnceAfterWrites() {
		String type = this.jdbc.sql("SELECT min(code) FROM activity_type").query(String.class).single();
		// a programme hosted in Europe with two other hosts in Africa and one in Asia, and one hosted in Africa with
		// an other host in Africa too
		this.jdbc.sql("""
				INSERT INTO pacm_activity (slug, title, host_iso2, origin, form, stage, activity_type_code,
				    expected_reductions_tco2e_per_year, publication_status, source_url, source_title,
				    source_retrieved_on, last_reviewed_on)
				VALUES ('tally-co-1', 'Tally co-hosted 1', 'CH', 'new_activity', 'programme', 'validation', :type, 500,
				        'published', 'https://example.org/tally', 'Tally test', current_date, current_date),
				       ('tally-co-2', 'Tally co-hosted 2', 'GH', 'cdm_transition', 'programme', 'host_approved', :type, NULL,
				        'published', 'https://example.org/tally', 'Tally test', current_date, current_date)""")
			.param("type", type)
			.update();
		this.jdbc.sql("""
				INSERT INTO pacm_activity_other_host (activity_id, country_iso2)
				SELECT a.id, c FROM pacm_activity a, unnest(ARRAY['GH', 'KE', 'IN']) AS c WHERE a.slug = 'tally-co-1'""")
			.update();
		this.jdbc.sql("""
				INSERT INTO pacm_activity_other_host (activity_id, country_iso2)
				SELECT a.id, 'KE' FROM pacm_activity a WHERE a.slug = 'tally-co-2'""").update();
		assertEveryFilterMatches();
		long africa = direct(new String[] { null, "africa" }).stream().mapToLong(PacmPipeline.Tally::count).sum();
		Document page = Pages.ok(this.mvc, "/pacm-activities?region=africa");
		assertThat(page.select(".overview-totals dd").first().text()).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", africa));

		// the European host replaced by an Asian one, an other host moved, another removed, a stage changed
		this.jdbc.sql("UPDATE pacm_activity SET host_iso2 = 'PE', stage = 'registration_requested' WHERE slug = 'tally-co-1'")
			.update();
		this.jdbc.sql("""
				UPDATE pacm_activity_other_host SET country_iso2 = 'BR'
				WHERE country_iso2 = 'IN' AND activity_id = (SELECT id FROM pacm_activity WHERE slug = 'tally-co-1')""")
			.update();
		this.jdbc.sql("""
				DELETE FROM pacm_activity_other_host
				WHERE country_iso2 = 'KE' AND activity_id = (SELECT id FROM pacm_activity WHERE slug = 'tally-co-2')""")
			.update();
		assertEveryFilterMatches();

		// a country's region changed: the activities it co-hosts change region too
		this.jdbc.sql("UPDATE country SET region = 'europe' WHERE iso2 = 'KE'").update();
		assertEveryFilterMatches();

		// unpublished, then deleted (its other hosts go by cascade)
		this.jdbc.sql("UPDATE pacm_activity SET publication_status = 'draft' WHERE slug = 'tally-co-2'").update();
		assertEveryFilterMatches();
		this.jdbc.sql("DELETE FROM pacm_activity WHERE slug IN ('tally-co-1', 'tally-co-2')").update();
		assertEveryFilterMatches();

		// a bulk writer's deferred upkeep, flushed once
		this.jdbc.sql("SELECT upkeep_defer()").query().listOfRows();
		this.jdbc.sql("UPDATE country SET region = 'africa' WHERE iso2 = 'KE'").update();
		this.jdbc.sql("""
				INSERT INTO pacm_activity_other_host (activity_id, country_iso2)
				SELECT a.id, 'CH' FROM pacm_activity a
				WHERE a.host_iso2 = 'GH' AND a.publication_status = 'published'
				  AND NOT EXISTS (SELECT 1 FROM pacm_activity_other_host h WHERE h.activity_id = a.id AND h.country_iso2 = 'CH')""")
			.update();
		this.jdbc.sql("SELECT upkeep_flush()").query(Integer.class).single();
		assertEveryFilterMatches();
	}

	private void assertEveryFilterMatches() {
		for (String[] filter : FILTERS) {
			List<PacmPipeline.Tally> kept = this.pipeline.tally(query(filter));
			assertThat(normalised(kept)).as("tally of %s", Arrays.toString(filter)).isEqualTo(normalised(direct(filter)));
		}
		assertThat(this.pipeline.tally(query(new String[] {}))).isNotEmpty();
	}

	private List<PacmPipeline.Tally> direct(String[] filter) {
		String[] f = Arrays.copyOf(filter, 7);
		return this.jdbc.sql(DIRECT)
			.param("country", (f[0] != null) ? f[0].toUpperCase(java.util.Locale.ROOT) : null)
			.param("region", f[1])
			.param("stage", f[2])
			.param("form", f[3])
			.param("origin", f[4])
			.param("sector", f[5])
			.param("activityType", f[6])
			.query((rs, n) -> new PacmPipeline.Tally(rs.getString(1), CodedEnum.fromCode(Stage.class, rs.getString(2)),
					(rs.getString(3) != null) ? CodedEnum.fromCode(ActivityForm.class, rs.getString(3)) : null,
					CodedEnum.fromCode(Origin.class, rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getBigDecimal(7)))
			.list();
	}

	private static PipelineQuery query(String[] filter) {
		String[] f = Arrays.copyOf(filter, 7);
		return PipelineQuery.parse(f[0], f[1], f[2], f[3], f[4], f[5], f[6], null, null, null, null);
	}

	private static Set<PacmPipeline.Tally> normalised(List<PacmPipeline.Tally> tallies) {
		List<PacmPipeline.Tally> rows = new ArrayList<>();
		for (PacmPipeline.Tally tally : tallies) {
			BigDecimal reductions = (tally.reductions() != null) ? tally.reductions().stripTrailingZeros() : null;
			rows.add(new PacmPipeline.Tally(tally.hostIso2(), tally.stage(), tally.form(), tally.origin(),
					tally.activityType(), tally.count(), reductions));
		}
		Set<PacmPipeline.Tally> set = new HashSet<>(rows);
		assertThat(set).hasSameSizeAs(rows);
		return set;
	}

}
