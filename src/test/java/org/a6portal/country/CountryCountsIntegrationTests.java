package org.a6portal.country;

import java.time.LocalDate;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts of the country index, the home page and its map are kept by triggers as records change (V21), not
 * counted per render: an editor's publishing, unpublishing and moving an activity, and a write outside the admin
 * section (a bulk action, a restore, an import), each show on the next render.
 */
@IntegrationTest
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
@Transactional
class CountryCountsIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void publishingUnpublishingAndMovingAnActivityChangesTheCountsOnTheIndexAndTheHomePage() {
		assertThat(badges("pe")).containsExactly("6.2: 3", "6.4: 19");
		long activities = homeActivities();
		long validation = homeStage("Validation");
		String chile = badges("cl").get(1);
		long chileTransitions = mapTransitions("cl");

		String editPath = create(activity("pacm-pe-counts-test", "Peru counted activity", "PE"));
		assertThat(badges("pe")).containsExactly("6.2: 3", "6.4: 20");
		assertThat(homeActivities()).isEqualTo(activities + 1);
		assertThat(homeStage("Validation")).isEqualTo(validation + 1);

		save(editPath, "publicationStatus", "DRAFT");
		assertThat(badges("pe")).containsExactly("6.2: 3", "6.4: 19");
		assertThat(homeActivities()).isEqualTo(activities);
		assertThat(homeStage("Validation")).isEqualTo(validation);

		// published again, as a CDM transition hosted by Chile: Peru's count falls back, Chile's and its map figure rise
		MultiValueMap<String, String> fields = form(editPath);
		fields.set("publicationStatus", "PUBLISHED");
		fields.set("hostIso2", "CL");
		fields.set("origin", "CDM_TRANSITION");
		post(editPath, fields);
		assertThat(badges("pe")).containsExactly("6.2: 3", "6.4: 19");
		assertThat(badges("cl").get(1)).isEqualTo(
				"6.4: " + (Integer.parseInt(chile.substring("6.4: ".length())) + 1));
		assertThat(mapTransitions("cl")).isEqualTo(chileTransitions + 1);
		assertThat(homeActivities()).isEqualTo(activities + 1);
	}

	@Test
	void aWriteOutsideTheEditorsFormsChangesTheCountsToo() {
		assertThat(badges("pe")).containsExactly("6.2: 3", "6.4: 19");
		// as a bulk action or a restore writes: straight to the tables
		this.jdbc.sql("UPDATE cooperative_approach SET publication_status = 'draft' WHERE slug = 'ca-ch-pe'").update();
		this.jdbc.sql("""
				UPDATE pacm_activity SET publication_status = 'draft'
				WHERE id = (SELECT min(id) FROM pacm_activity WHERE host_iso2 = 'PE')""").update();
		assertThat(badges("pe")).containsExactly("6.2: 2", "6.4: 18");
		assertThat(badges("ch").get(0)).isEqualTo("6.2: " + this.jdbc.sql("""
				SELECT count(*) FROM cooperative_approach_party p JOIN cooperative_approach a ON a.id = p.approach_id
				WHERE p.country_iso2 = 'CH' AND a.publication_status = 'published'""").query(Long.class).single());
		// Peru added as another host of an activity, then the activity deleted
		long programme = this.jdbc.sql("""
				SELECT min(a.id) FROM pacm_activity a WHERE a.publication_status = 'published' AND a.host_iso2 <> 'PE'
				AND NOT EXISTS (SELECT 1 FROM pacm_activity_other_host h WHERE h.activity_id = a.id AND h.country_iso2 = 'PE')
				""").query(Long.class).single();
		this.jdbc.sql("INSERT INTO pacm_activity_other_host (activity_id, country_iso2) VALUES (?, 'PE')")
			.param(programme)
			.update();
		assertThat(badges("pe")).containsExactly("6.2: 2", "6.4: 19");
		this.jdbc.sql("DELETE FROM pacm_activity WHERE id = ?").param(programme).update();
		assertThat(badges("pe")).containsExactly("6.2: 2", "6.4: 18");
		// the kept counts are those a count over the tables gives, for every country
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM country c LEFT JOIN country_count n ON n.iso2 = c.iso2
				WHERE coalesce(n.pacm_activities, 0) <> (
				        SELECT count(*) FROM pacm_activity a WHERE a.publication_status = 'published'
				           AND (a.host_iso2 = c.iso2 OR a.id IN (SELECT h.activity_id FROM pacm_activity_other_host h
				                                                WHERE h.country_iso2 = c.iso2)))
				   OR coalesce(n.approaches, 0) <> (
				        SELECT count(*) FROM cooperative_approach_party p JOIN cooperative_approach a ON a.id = p.approach_id
				         WHERE p.country_iso2 = c.iso2 AND a.publication_status = 'published')
				""").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM (SELECT stage, count(*) FROM pacm_activity WHERE publication_status = 'published'
				                      GROUP BY stage
				                      EXCEPT SELECT stage, activities FROM pacm_stage_count WHERE activities > 0) d
				""").query(Long.class).single()).isZero();
	}

	private java.util.List<String> badges(String code) {
		return Pages.ok(this.mvc, "/countries")
			.select("a[href=/countries/" + code + "]")
			.first()
			.parent()
			.select(".badge")
			.eachText();
	}

	private long homeActivities() {
		return number(Pages.ok(this.mvc, "/").select(".home-totals__list dd").get(3).text());
	}

	private long homeStage(String stage) {
		return Pages.ok(this.mvc, "/")
			.select(".home-stages tbody tr")
			.stream()
			.filter((row) -> row.text().startsWith(stage + " "))
			.mapToLong((row) -> number(row.text().substring(stage.length() + 1)))
			.findFirst()
			.orElse(0);
	}

	private long mapTransitions(String code) {
		Document map = Pages.ok(this.mvc, "/?measure=transitions");
		String row = map.select(".world-map__table tbody tr:has(a[href=/countries/" + code + "])").text();
		return row.isEmpty() ? 0 : number(row.substring(row.lastIndexOf(' ') + 1));
	}

	private static long number(String text) {
		return Long.parseLong(text.replace(",", "").strip());
	}

	private String create(MultiValueMap<String, String> fields) {
		MvcTestResult created = this.mvc.post()
			.uri("/admin/pacm-activities/new")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.params(fields)
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		return created.getResponse().getRedirectedUrl();
	}

	private MultiValueMap<String, String> form(String editPath) {
		return Pages.formValues(Pages.ok(this.mvc, editPath));
	}

	private void save(String editPath, String field, String value) {
		MultiValueMap<String, String> fields = form(editPath);
		fields.set(field, value);
		post(editPath, fields);
	}

	private void post(String editPath, MultiValueMap<String, String> fields) {
		fields.set("publishAnyway", "true");
		assertThat(this.mvc.post().uri(editPath).with(SecurityMockMvcRequestPostProcessors.csrf()).params(fields).exchange())
			.hasStatus(HttpStatus.FOUND);
	}

	private static MultiValueMap<String, String> activity(String slug, String title, String host) {
		String today = LocalDate.now().toString();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("version", "0");
		fields.add("title", title);
		fields.add("hostIso2", host);
		fields.add("origin", "NEW_ACTIVITY");
		fields.add("form", "PROJECT");
		fields.add("stage", "VALIDATION");
		fields.add("stageOn", "2025-03-01");
		fields.add("activityTypeCode", "clean_cooking");
		fields.add("expectedReductionsTco2ePerYear", "1000");
		fields.add("publicationStatus", "PUBLISHED");
		fields.add("slug", slug);
		fields.add("sourceUrl", "https://example.org/pacm/counted");
		// content health warns about the example.org source before publishing; the editor publishes anyway
		fields.add("publishAnyway", "true");
		fields.add("sourceTitle", "Prior consideration notification");
		fields.add("sourceRetrievedOn", today);
		fields.add("lastReviewedOn", today);
		return fields;
	}

}
