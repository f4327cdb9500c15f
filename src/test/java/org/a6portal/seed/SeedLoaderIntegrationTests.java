package org.a6portal.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations on an empty schema, the seed load, its idempotence, and its respect for editors' changes.
 */
@IntegrationTest
class SeedLoaderIntegrationTests {

	@Autowired
	private SeedLoader seedLoader;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void migrationsApplyToAnEmptySchemaAndValidate() throws IOException {
		Flyway flyway = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas("migration_check")
			.locations("classpath:db/migration")
			.cleanDisabled(false)
			.load();
		try {
			MigrateResult result = flyway.migrate();
			assertThat(result.success).isTrue();
			// every file in db/migration, each applied once: a new migration needs only its file
			assertThat(result.migrations.stream().map((migration) -> migration.filepath.replaceFirst(".*/", "")))
				.containsExactlyElementsOf(migrationFiles());
			assertThat(result.migrationsExecuted).isEqualTo(migrationFiles().size());
			flyway.validate();
			assertThat(this.jdbc.sql("SELECT count(*) FROM migration_check.sector").query(Integer.class).single())
				.isEqualTo(10);
		}
		finally {
			flyway.clean();
			this.jdbc.sql("DROP SCHEMA IF EXISTS migration_check CASCADE").update();
		}
	}

	@Test
	void startUpSeedsEveryCountryAndTheSourcedArticle6Data() {
		assertThat(count("SELECT count(*) FROM country")).isEqualTo(250);
		assertThat(count("SELECT count(*) FROM country WHERE name_es <> '' AND name_fr <> ''")).isEqualTo(250);
		assertThat(count("SELECT count(*) FROM cooperative_approach")).isEqualTo(63);
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE source_url IS NULL")).isZero();
		assertThat(count("SELECT count(*) FROM ndc_target")).isEqualTo(44);
		assertThat(count("SELECT count(*) FROM capacity_building_project")).isEqualTo(17);
		// Every row of the CDM pipeline, the Myanmar programme merged with its hand-compiled row; the hand-compiled row
		// without a confirmed host Party cannot belong to any country page.
		assertThat(count("SELECT count(*) FROM pacm_activity")).isEqualTo(2459);
		assertThat(count("SELECT count(*) FROM pacm_activity WHERE slug IN ('pacm-xx-10471', 'unepccc-row-425')")).isZero();
		assertThat(count("SELECT count(*) FROM pacm_activity WHERE activity_type_code IS NULL")).isZero();
		assertThat(count("SELECT count(*) FROM pacm_activity WHERE publication_status = 'published'")).isEqualTo(2459);
		List<String> peruPartners = this.jdbc.sql("""
				SELECT a.slug FROM cooperative_approach a JOIN cooperative_approach_party p ON p.approach_id = a.id
				WHERE p.country_iso2 = 'PE' ORDER BY a.slug
				""").query(String.class).list();
		assertThat(peruPartners).containsExactly("ca-ch-pe", "ca-kr-pe", "ca-sg-pe");
		assertThat(this.jdbc.sql("SELECT slug FROM country WHERE iso2 = 'PE'").query(String.class).single())
			.isEqualTo("peru");
		assertThat(this.jdbc.sql("SELECT label FROM ndc_submission WHERE country_iso2 = 'PE' AND is_current")
			.query(String.class)
			.single()).isEqualTo("NDC 3.0 (2025)");
	}

	@Test
	void onAFreshLoadEachPartysNewestNdcVersionIsCurrentByTheSeedsRule() {
		assertThat(this.jdbc.sql("""
				SELECT slug || ' ' || label || ' ' || current_chosen_by FROM ndc_submission
				WHERE is_current AND country_iso2 IN ('PE', 'CL', 'KE', 'TH', 'ID') ORDER BY country_iso2
				""").query(String.class).list()).containsExactly("ndc-cl-2025 NDC 2025 seed data",
					"ndc-id-2022 Enhanced NDC (2022) seed data", "ndc-ke-2025 second NDC 2031–2035 (2025) seed data",
					"ndc-pe-2025 NDC 3.0 (2025) seed data", "ndc-th-2025 NDC 3.0 (2025) seed data");
		// one current version per Party with targets, and only the current one says who chose it
		assertThat(count("SELECT count(*) FROM ndc_submission WHERE is_current")).isEqualTo(
				count("SELECT count(DISTINCT country_iso2) FROM ndc_submission"));
		assertThat(count("SELECT count(*) FROM ndc_submission WHERE NOT is_current AND current_chosen_by IS NOT NULL"))
			.isZero();
		// the additions' rows are dated by the day their sources were read
		assertThat(this.jdbc.sql("SELECT source_retrieved_on::text FROM ndc_target WHERE slug = 'ndc-pe-2025-absolute-2035-unstated'")
			.query(String.class)
			.single()).isEqualTo("2026-11-30");
	}

	@Test
	@Transactional
	void aLoadedDatabaseReceivingANewerNdcMovesTheCurrentVersionToIt() {
		asBeforeThePeruvianNdc30WasInTheSeed();
		assertThat(currentNdc("PE")).isEqualTo("updated NDC 2020 seed data");
		filesChanged();
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(report.count("ndc_target", "INSERT")).isEqualTo(1);
		assertThat(currentNdc("PE")).isEqualTo("NDC 3.0 (2025) seed data");
		assertThat(count("SELECT count(*) FROM ndc_submission WHERE country_iso2 = 'PE' AND is_current")).isEqualTo(1);
	}

	@Test
	@Transactional
	void anEditorsChoiceOfTheCurrentNdcIsNeverOverriddenByTheLoader() {
		asBeforeThePeruvianNdc30WasInTheSeed();
		this.jdbc.sql("""
				UPDATE ndc_submission SET current_chosen_by = 'editor@example.org', current_chosen_at = now()
				WHERE country_iso2 = 'PE' AND is_current
				""").update();
		filesChanged();
		SeedLoader.SeedReport report = this.seedLoader.load();
		// the newer version and its target arrive, but the editor's choice stays current
		assertThat(report.count("ndc_target", "INSERT")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM ndc_submission WHERE slug = 'ndc-pe-2025'")).isEqualTo(1);
		assertThat(currentNdc("PE")).isEqualTo("updated NDC 2020 editor@example.org");
		// and a second release changes nothing either
		filesChanged();
		this.seedLoader.load();
		assertThat(currentNdc("PE")).isEqualTo("updated NDC 2020 editor@example.org");
	}

	/** Peru's NDC 3.0 removed, with the seed's memory of it, and its 2020 update current by the seed's rule. */
	private void asBeforeThePeruvianNdc30WasInTheSeed() {
		this.jdbc.sql("DELETE FROM seed_record WHERE entity_type = 'ndc_target' AND seed_key LIKE 'ndc-pe-2025-%'").update();
		this.jdbc.sql("DELETE FROM ndc_submission WHERE country_iso2 = 'PE' AND label = 'NDC 3.0 (2025)'").update();
		this.jdbc.sql("""
				UPDATE ndc_submission SET is_current = true, current_chosen_by = 'seed data', current_chosen_at = now()
				WHERE country_iso2 = 'PE' AND label = 'updated NDC 2020'
				""").update();
	}

	private String currentNdc(String iso2) {
		return this.jdbc.sql("SELECT label || ' ' || current_chosen_by FROM ndc_submission WHERE country_iso2 = ? AND is_current")
			.param(iso2)
			.query(String.class)
			.single();
	}

	@Test
	void pipelineRowsMapToTheirColumns() {
		assertThat(this.jdbc.sql("""
				SELECT form, stage, stage_on, host_approved_on, a6_period_from, a6_period_to, methodology_choice,
				       activity_type_code, activity_type_in_source, expected_reductions_tco2e_per_year, source_retrieved_on
				FROM pacm_activity WHERE slug = 'unepccc-row-468'
				""").query().singleRow()).containsEntry("form", "component")
			.containsEntry("stage", "host_approved")
			.containsEntry("stage_on", java.sql.Date.valueOf("2024-08-27"))
			.containsEntry("host_approved_on", java.sql.Date.valueOf("2024-08-27"))
			.containsEntry("a6_period_from", java.sql.Date.valueOf("2021-01-01"))
			.containsEntry("a6_period_to", java.sql.Date.valueOf("2025-12-31"))
			.containsEntry("methodology_choice", "cdm")
			.containsEntry("activity_type_code", "household_efficiency")
			.containsEntry("activity_type_in_source", "EE households")
			.containsEntry("expected_reductions_tco2e_per_year", new java.math.BigDecimal("22000"))
			.containsEntry("source_retrieved_on", java.sql.Date.valueOf("2026-11-30"));
		assertThat(this.jdbc.sql("SELECT methodology_choice FROM pacm_activity WHERE slug = 'cdm-6198'")
			.query(String.class)
			.single()).isEqualTo("article_6_4");
	}

	@Test
	void peruHostsItsNineteenTransitionsWithTheTunkiComponentsUnderTheirProgramme() {
		assertThat(count("SELECT count(*) FROM pacm_activity WHERE host_iso2 = 'PE'")).isEqualTo(19);
		assertThat(this.jdbc.sql("""
				SELECT c.slug FROM pacm_activity c JOIN pacm_activity p ON p.id = c.programme_id
				WHERE p.slug = 'cdm-6198' ORDER BY c.slug
				""").query(String.class).list())
			.containsExactly("unepccc-row-2184", "unepccc-row-2185", "unepccc-row-2186", "unepccc-row-2187");
	}

	@Test
	void aProgrammeWithSeveralHostsBelongsToEachOfThem() {
		assertThat(this.jdbc.sql("""
				SELECT a.host_iso2 || ':' || string_agg(h.country_iso2, ',' ORDER BY h.country_iso2)
				FROM pacm_activity a JOIN pacm_activity_other_host h ON h.activity_id = a.id
				WHERE a.slug = 'unepccc-row-253' GROUP BY a.host_iso2
				""").query(String.class).single()).isEqualTo("BF:GH,ML,SN,TG");
		assertThat(count("SELECT count(DISTINCT activity_id) FROM pacm_activity_other_host")).isEqualTo(17);
	}

	@Test
	void theHandCompiledAndThePipelineRowOfOneActivityMakeOneRecordTheRicherOne() {
		assertThat(this.jdbc.sql("""
				SELECT slug, title, form, stage, host_approved_on, methodology, methodology_choice, unfccc_reference,
				       activity_type_code, activity_type_in_source
				FROM pacm_activity WHERE host_iso2 = 'MM' AND form = 'programme' AND title ILIKE 'Clean Energy Program%'
				""").query().singleRow())
			// the hand-compiled row's facts: the Supervisory Body's decision, the methodology, the CDM number
			.containsEntry("slug", "pacm-mm-10415")
			.containsEntry("title", "Clean Energy Program Supported by the Republic of Korea")
			.containsEntry("stage", "transition_approved")
			.containsEntry("methodology", "AMS-II.G (CDM, version 8 as registered)")
			.containsEntry("unfccc_reference", "CDM PoA 10415")
			.containsEntry("activity_type_code", "clean_cooking")
			// the pipeline's where the hand-compiled row says nothing
			.containsEntry("form", "programme")
			.containsEntry("host_approved_on", java.sql.Date.valueOf("2024-08-27"))
			.containsEntry("methodology_choice", "cdm")
			.containsEntry("activity_type_in_source", "EE households");
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM pacm_activity c JOIN pacm_activity p ON p.id = c.programme_id
				WHERE p.slug = 'pacm-mm-10415'
				""").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	@Transactional
	void aChangedPipelineRowUpdatesItsRecordInTheBatch() {
		this.jdbc.sql("UPDATE pacm_activity SET title = 'stale', programme_id = NULL WHERE slug = 'unepccc-row-2185'")
			.update();
		this.jdbc.sql("DELETE FROM pacm_activity_other_host WHERE activity_id = (SELECT id FROM pacm_activity WHERE slug = 'unepccc-row-253')")
			.update();
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed' WHERE seed_key IN ('unepccc-row-2185', 'unepccc-row-253')")
			.update();
		this.jdbc.sql("UPDATE seed_record SET loaded_at = now() + interval '1 minute' WHERE seed_key IN ('unepccc-row-2185', 'unepccc-row-253')")
			.update();
		filesChanged();
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(report.count("pacm_activity", "UPDATE")).isEqualTo(2);
		assertThat(report.count("pacm_activity", "UNCHANGED")).isEqualTo(2457);
		assertThat(this.jdbc.sql("""
				SELECT c.title || ' / ' || p.slug FROM pacm_activity c JOIN pacm_activity p ON p.id = c.programme_id
				WHERE c.slug = 'unepccc-row-2185'
				""").query(String.class).single()).isEqualTo("Canchayllo Hydro Power Plant, Pachacayo – Tunki PoA CPA #2 / cdm-6198");
		assertThat(count("SELECT count(*) FROM pacm_activity_other_host h JOIN pacm_activity a ON a.id = h.activity_id "
				+ "WHERE a.slug = 'unepccc-row-253'")).isEqualTo(4);
		assertThat(count("SELECT count(*) FROM change_log WHERE entity_type = 'pacm_activity' AND action = 'update' "
				+ "AND changed_by = 'seed data'")).isEqualTo(2);
	}

	@Test
	void theSeedsSearchEntriesAreThoseTheTriggersWouldHaveMade() {
		// the load kept the search index up once, at its end (V21): every public record has its entry, as a full
		// rebuild from the records gives it, and nothing is left noted for later
		assertThat(searchEntriesUnlikeAFullRebuild()).isZero();
		assertThat(count("SELECT count(*) FROM search_entry WHERE kind = 'pacm'")).isEqualTo(2459);
		assertThat(count("SELECT count(*) FROM search_entry_pending")).isZero();
		assertThat(Pages.ok(this.mvc, "/search?q=Tunki&kind=pacm").select("ol.search-results a").eachText())
			.contains("Canchayllo Hydro Power Plant, Pachacayo – Tunki PoA CPA #2");
		assertThat(Pages.ok(this.mvc, "/search?q=Canchayllo").select("ol.search-results a").eachAttr("href"))
			.contains("/pacm-activities/unepccc-row-2185");
	}

	@Test
	@Transactional
	void aChangedSeedFileRebuildsTheSearchEntriesOfTheRecordsItWroteAndTheCounts() {
		// an out-of-date record (its search entry follows at once: no load is deferring the upkeep)
		this.jdbc.sql("UPDATE pacm_activity SET title = 'Stale title', publication_status = 'draft', source_url = NULL "
				+ "WHERE slug = 'unepccc-row-2185'").update();
		assertThat(count("SELECT count(*) FROM search_entry WHERE kind = 'pacm'")).isEqualTo(2458);
		assertThat(count("SELECT pacm_activities FROM country_count WHERE iso2 = 'PE'")).isEqualTo(18);
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed', loaded_at = now() + interval '1 minute' "
				+ "WHERE seed_key = 'unepccc-row-2185'").update();
		filesChanged();
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(report.count("pacm_activity", "UPDATE")).isEqualTo(1);
		// only what the load wrote is rebuilt: the activity (the rows it reloads unchanged are not)
		assertThat(report.searchEntriesRebuilt()).isEqualTo(1);
		assertThat(searchEntriesUnlikeAFullRebuild()).isZero();
		assertThat(this.jdbc.sql("SELECT title FROM search_entry WHERE kind = 'pacm' AND slug = 'unepccc-row-2185'")
			.query(String.class)
			.single()).isEqualTo("Canchayllo Hydro Power Plant, Pachacayo – Tunki PoA CPA #2");
		assertThat(count("SELECT pacm_activities FROM country_count WHERE iso2 = 'PE'")).isEqualTo(19);
		// and after the load the triggers keep the index up again at once
		this.jdbc.sql("UPDATE pacm_activity SET title = 'Renamed after the load' WHERE slug = 'unepccc-row-2185'").update();
		assertThat(this.jdbc.sql("SELECT title FROM search_entry WHERE kind = 'pacm' AND slug = 'unepccc-row-2185'")
			.query(String.class)
			.single()).isEqualTo("Renamed after the load");
		assertThat(count("SELECT count(*) FROM search_entry_pending")).isZero();
	}

	@Test
	@Transactional
	void aRestartOverUnchangedFilesReadsNoRow() {
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(report.written()).isZero();
		assertThat(report.unchangedFiles()).hasSize(9);
		assertThat(report.unchangedFiles()).contains("countries.csv+cooperative_approaches.csv+itmo_events.csv");
		assertThat(report.count("country", "UNCHANGED")).isZero();
		assertThat(report.count("pacm_activity", "UNCHANGED")).isZero();
	}

	@Test
	void initialReportsAreLoadedWithWhatTheirSourcesLeaveOpen() {
		assertThat(this.jdbc.sql("""
				SELECT slug || ' ' || review_status || ' ' || coalesce(submitted_on::text, 'undated') || ' '
				       || publication_status || ' ' || source_retrieved_on
				FROM initial_report ORDER BY slug
				""").query(String.class).list())
			.containsExactly("ir-gh-1 submitted undated published 2026-11-30", "ir-gy-1 submitted undated published 2026-11-30");
		assertThat(this.jdbc.sql("SELECT notes FROM initial_report WHERE slug = 'ir-gy-1'").query(String.class).single())
			.contains("on or before 19 Apr 2024");
	}

	@Test
	void hostPartiesInstitutionsAndRulesAreOneRecordPerRuleDatedAsFarAsTheirSourcesDateThem() {
		// 17 rows, 16 rules: Kenya's regulations come from two sources
		assertThat(count("SELECT count(*) FROM sd_statement")).isEqualTo(16);
		assertThat(count("SELECT count(DISTINCT country_iso2) FROM sd_statement")).isEqualTo(10);
		assertThat(count("SELECT count(*) FROM sd_statement WHERE publication_status = 'published'")).isEqualTo(16);
		assertThat(this.jdbc.sql("""
				SELECT topic || ' ' || mechanism || ' ' || published_on || ' ' || published_on_precision || ' ' || authority
				       || ' | ' || source_url || ' | ' || other_source_url || ' | ' || other_source_title
				FROM sd_statement WHERE slug = 'sd-ke-carbon-markets-regulations-2024'
				""").query(String.class).single())
			.isEqualTo("national_regulation both 2024-05-17 day Ministry of Environment, Climate Change and Forestry "
					+ "(Cabinet Secretary) | https://cliffedekkerhofmeyr.com/news/publications/2024/Practice/Environmental/"
					+ "environmental-law-alert-31-may-Kenya-unveils-Carbon-Market-Regulations | "
					+ "https://climate-laws.org/document/the-climate-change-carbon-markets-regulations-2024_e0fd | "
					+ "Climate Change Laws of the World (LSE Grantham)");
		assertThat(this.jdbc.sql("SELECT body FROM sd_statement WHERE slug = 'sd-ke-carbon-markets-regulations-2024'")
			.query(String.class)
			.single()).startsWith("Gazetted regulations that set Kenya's approval process")
			.contains("\n\nThey also set up the governance of compliance and voluntary carbon markets");
		// a month, a year, no date: never a made-up day
		assertThat(this.jdbc.sql("""
				SELECT slug || ' ' || coalesce(published_on::text || ' ' || published_on_precision, 'undated')
				FROM sd_statement WHERE slug IN ('sd-gh-international-carbon-markets-framework', 'sd-gh-carbon-market-office',
				                                 'sd-rw-carbon-market-framework')
				ORDER BY slug
				""").query(String.class).list()).containsExactly("sd-gh-carbon-market-office undated",
					"sd-gh-international-carbon-markets-framework 2022-12-01 month",
					"sd-rw-carbon-market-framework 2023-12-01 month");
		// dated by the day their sources were read, not by the load
		assertThat(this.jdbc.sql("""
				SELECT DISTINCT s.source_retrieved_on || ' ' || (l.content_changed_at AT TIME ZONE 'UTC')::date
				FROM sd_statement s JOIN change_log l ON l.entity_type = 'sd_statement' AND l.entity_id = s.id::text
				""").query(String.class).list()).containsExactly("2026-11-30 2026-11-30");
	}

	@Test
	void capacityBuildingAdditionsAreLoadedWithTheDayTheirSourcesWereReadAndRegionalProjectsNameNoCountry() {
		assertThat(this.jdbc.sql("""
				SELECT p.slug || ' ' || p.publication_status || ' ' || p.source_retrieved_on || ' '
				       || coalesce(string_agg(c.country_iso2, ';' ORDER BY c.country_iso2), 'no country')
				FROM capacity_building_project p LEFT JOIN capacity_building_country c ON c.project_id = p.id
				WHERE p.slug IN ('cb-adb-a6sf', 'cb-gggi-mats', 'cb-unfccc-a6-cbwp', 'cb-undp-a62-course', 'cb-waa-a6-readiness')
				GROUP BY p.slug, p.publication_status, p.source_retrieved_on ORDER BY p.slug
				""").query(String.class).list()).containsExactly("cb-adb-a6sf published 2026-11-30 no country",
					"cb-gggi-mats published 2026-11-30 NP", "cb-undp-a62-course published 2026-11-30 no country",
					"cb-unfccc-a6-cbwp published 2026-11-30 no country",
					"cb-waa-a6-readiness published 2026-11-30 BF;BJ;CI;GH;GM");
		// the first file's projects keep the compilation date
		assertThat(this.jdbc.sql("SELECT source_retrieved_on::text FROM capacity_building_project WHERE slug = 'cb-iaa6'")
			.query(String.class)
			.single()).isEqualTo("2026-11-23");
	}

	@Test
	void itmoEventsAttachToTheirApproachWithWhatTheirVolumeMeans() {
		assertThat(count("SELECT count(*) FROM itmo_event")).isEqualTo(11);
		assertThat(count("SELECT count(*) FROM itmo_event WHERE publication_status = 'published'")).isEqualTo(11);
		assertThat(this.jdbc.sql("""
				SELECT a.slug || ' ' || e.kind || ' ' || e.event_on || ' ' || e.volume_tco2e || ' ' || e.volume_meaning
				FROM itmo_event e JOIN cooperative_approach a ON a.id = e.approach_id
				WHERE e.slug = 'ev-gh-ch-cookstove-first-transfer'
				""").query(String.class).single()).isEqualTo("ca-ch-gh transfer 2025-07-08 11733 transfer");
		// a contract ceiling and an estimate are never counted as transfers
		assertThat(this.jdbc.sql("SELECT slug || ' ' || volume_meaning FROM itmo_event WHERE volume_tco2e IS NOT NULL ORDER BY slug")
			.query(String.class)
			.list()).containsExactly("ev-gh-ch-cookstove-first-transfer transfer", "ev-gh-se-solar-mopa estimate",
					"ev-gy-art-trees-ca issuance", "ev-pe-ch-tukiwasi-mopa ceiling", "ev-pe-ch-tukiwasi-renami estimate",
					"ev-th-ch-ebus-first-transfer transfer");
		// a date the source gives only to the month stays words, never a made-up day
		assertThat(this.jdbc.sql("SELECT coalesce(event_on::text, event_date_note) FROM itmo_event WHERE slug = 'ev-th-ch-ebus-auth'")
			.query(String.class)
			.single()).isEqualTo("February 2023 (month only)");
		// Guyana's ART credits belong to no listed approach: to their host alone
		assertThat(this.jdbc.sql("SELECT host_iso2 || ' ' || (approach_id IS NULL) FROM itmo_event WHERE slug = 'ev-gy-art-trees-ca'")
			.query(String.class)
			.single()).isEqualTo("GY true");
	}

	@Test
	void everyNdcDocumentOfTheRegistryIsLoadedWithItsUrlAndTheCurrentOnePerCountry() {
		assertThat(count("SELECT count(*) FROM ndc_document")).isEqualTo(604);
		assertThat(count("SELECT count(*) FROM ndc_document WHERE publication_status = 'published'")).isEqualTo(604);
		assertThat(count("SELECT count(DISTINCT country_iso2) FROM ndc_document WHERE is_current")).isEqualTo(194);
		assertThat(this.jdbc.sql("""
				SELECT title || ' ' || submitted_on || ' ' || registry_status || ' ' || language || ' ' || document_url
				FROM ndc_document WHERE country_iso2 = 'PE' AND is_current
				""").query(String.class).single())
			.isEqualTo("Peru’s Updated Nationally Determined Contribution (NDC 3.0) 2025-11-06 active Spanish "
					+ "https://unfccc.int/sites/default/files/2025-11/Documento%20NDC%203.0_UNFCCC.pdf");
		// the joint EU NDC is filed under each member state, as the registry does: one document per country and URL
		assertThat(count("SELECT count(*) FROM (SELECT document_url FROM ndc_document GROUP BY document_url "
				+ "HAVING count(*) > 1) shared")).isPositive();
	}

	@Test
	void recordsWithoutAWebSourceStayDrafts() {
		assertThat(this.jdbc.sql("SELECT publication_status FROM capacity_building_project WHERE slug = 'cb-neyen-readiness'")
			.query(String.class)
			.single()).isEqualTo("draft");
	}

	@Test
	@Transactional
	void loadingAgainChangesNothing() {
		filesChanged();
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(report.written()).isZero();
		assertThat(report.count("country", "UNCHANGED")).isEqualTo(250);
		assertThat(report.count("pacm_activity", "UNCHANGED")).isEqualTo(2459);
		assertThat(count("SELECT count(*) FROM cooperative_approach")).isEqualTo(63);
	}

	@Test
	@Transactional
	void aChangedSeedRowUpdatesARecordNobodyEdited() {
		this.jdbc.sql("UPDATE cooperative_approach SET title = 'stale' WHERE slug = 'ca-ch-gh'").update();
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed' WHERE seed_key = 'ca-ch-gh'").update();
		filesChanged();
		this.seedLoader.load();
		assertThat(title("ca-ch-gh")).startsWith("Bilateral climate agreement between Switzerland and Ghana");
	}

	@Test
	@Transactional
	void rewrittenPublicNotesReplaceTheCompilersWordingOfRecordsNobodyEdited() {
		this.jdbc.sql("UPDATE cooperative_approach SET notes = 'signed virtually on 1 Apr 2025 (not 2024).' WHERE slug = 'ca-sg-pe'")
			.update();
		this.jdbc.sql("""
				UPDATE capacity_building_project
				SET summary = 'The World Bank lists 13 member governments (2021-2022); the seed lists eleven (without Kazakhstan and Ukraine).',
				    source_title = 'Climate Market Club (Climate Warehouse, World Bank); also in Peru country profile reference page (Dec 2025)'
				WHERE slug = 'cb-climate-market-club'
				""").update();
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed' WHERE seed_key IN ('ca-sg-pe', 'cb-climate-market-club')")
			.update();
		filesChanged();
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(report.count("cooperative_approach", "UPDATE")).isEqualTo(1);
		assertThat(report.count("capacity_building_project", "UPDATE")).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT notes FROM cooperative_approach WHERE slug = 'ca-sg-pe'").query(String.class).single())
			.contains("signed virtually on 1 Apr 2025 (more than four months later).")
			.doesNotContain("not 2024");
		assertThat(this.jdbc.sql("""
				SELECT summary || ' | ' || source_title FROM capacity_building_project WHERE slug = 'cb-climate-market-club'
				""").query(String.class).single())
			.contains("The World Bank lists 13 member governments (2021-2022); all 13 are listed here.")
			.endsWith("also listed in a Peru Article 6 country profile (Dec 2025)")
			.doesNotContainIgnoringCase("seed")
			.doesNotContain("reference page");
	}

	@Test
	@Transactional
	void aRecordAnEditorChangedIsNeverOverwritten() {
		this.jdbc.sql("""
				UPDATE cooperative_approach SET title = 'Edited by an editor', updated_at = now() + interval '1 minute'
				WHERE slug = 'ca-ch-pe'
				""").update();
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed' WHERE seed_key = 'ca-ch-pe'").update();
		filesChanged();
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(title("ca-ch-pe")).isEqualTo("Edited by an editor");
		assertThat(report.count("cooperative_approach", "KEEP_EDITORS_RECORD")).isEqualTo(1);
	}

	@Test
	@Transactional
	void aRecordAnEditorDeletedIsNotBroughtBack() {
		this.jdbc.sql("DELETE FROM cooperative_approach WHERE slug = 'ca-ch-sn'").update();
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed' WHERE seed_key = 'ca-ch-sn'").update();
		filesChanged();
		this.seedLoader.load();
		assertThat(count("SELECT count(*) FROM cooperative_approach WHERE slug = 'ca-ch-sn'")).isZero();
	}

	/** The migration files of the source tree's db/migration, in version order. */
	private static List<String> migrationFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("db", "migration"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.matches("V\\d+__.+\\.sql"))
				.sorted(Comparator.comparingInt((String name) -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
				.toList();
		}
	}

	/** As after a new release of the seed files: every group is read again, row by row. */
	/** Entries that differ from what the view of every public record's text gives, either way. */
	private int searchEntriesUnlikeAFullRebuild() {
		return count("""
				SELECT count(*) FROM (
				  (SELECT kind, record_key, slug, title, title_es, title_fr, names, body, refs FROM search_entry
				   EXCEPT ALL
				   SELECT kind, record_key, slug, title, title_es, title_fr, names, body, refs FROM search_source)
				  UNION ALL
				  (SELECT kind, record_key, slug, title, title_es, title_fr, names, body, refs FROM search_source
				   EXCEPT ALL
				   SELECT kind, record_key, slug, title, title_es, title_fr, names, body, refs FROM search_entry)) d
				""");
	}

	private void filesChanged() {
		this.jdbc.sql("UPDATE seed_file SET checksum = 'older release'").update();
	}

	private String title(String slug) {
		return this.jdbc.sql("SELECT title FROM cooperative_approach WHERE slug = ?").param(slug).query(String.class).single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
