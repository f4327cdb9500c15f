package org.a6portal.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.a6portal.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
		assertThat(count("SELECT count(*) FROM ndc_target")).isEqualTo(29);
		assertThat(count("SELECT count(*) FROM capacity_building_project")).isEqualTo(12);
		// The one PACM row without a confirmed host Party cannot belong to any country page.
		assertThat(count("SELECT count(*) FROM pacm_activity")).isEqualTo(1);
		List<String> peruPartners = this.jdbc.sql("""
				SELECT a.slug FROM cooperative_approach a JOIN cooperative_approach_party p ON p.approach_id = a.id
				WHERE p.country_iso2 = 'PE' ORDER BY a.slug
				""").query(String.class).list();
		assertThat(peruPartners).containsExactly("ca-ch-pe", "ca-kr-pe", "ca-sg-pe");
		assertThat(this.jdbc.sql("SELECT slug FROM country WHERE iso2 = 'PE'").query(String.class).single())
			.isEqualTo("peru");
		assertThat(this.jdbc.sql("SELECT label FROM ndc_submission WHERE country_iso2 = 'PE' AND is_current")
			.query(String.class)
			.single()).isEqualTo("updated NDC 2020");
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
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(report.written()).isZero();
		assertThat(report.count("country", "UNCHANGED")).isEqualTo(250);
		assertThat(count("SELECT count(*) FROM cooperative_approach")).isEqualTo(63);
	}

	@Test
	@Transactional
	void aChangedSeedRowUpdatesARecordNobodyEdited() {
		this.jdbc.sql("UPDATE cooperative_approach SET title = 'stale' WHERE slug = 'ca-ch-gh'").update();
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed' WHERE seed_key = 'ca-ch-gh'").update();
		this.seedLoader.load();
		assertThat(title("ca-ch-gh")).startsWith("Bilateral climate agreement between Switzerland and Ghana");
	}

	@Test
	@Transactional
	void aRecordAnEditorChangedIsNeverOverwritten() {
		this.jdbc.sql("""
				UPDATE cooperative_approach SET title = 'Edited by an editor', updated_at = now() + interval '1 minute'
				WHERE slug = 'ca-ch-pe'
				""").update();
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed' WHERE seed_key = 'ca-ch-pe'").update();
		SeedLoader.SeedReport report = this.seedLoader.load();
		assertThat(title("ca-ch-pe")).isEqualTo("Edited by an editor");
		assertThat(report.count("cooperative_approach", "KEEP_EDITORS_RECORD")).isEqualTo(1);
	}

	@Test
	@Transactional
	void aRecordAnEditorDeletedIsNotBroughtBack() {
		this.jdbc.sql("DELETE FROM cooperative_approach WHERE slug = 'ca-ch-sn'").update();
		this.jdbc.sql("UPDATE seed_record SET checksum = 'older seed' WHERE seed_key = 'ca-ch-sn'").update();
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

	private String title(String slug) {
		return this.jdbc.sql("SELECT title FROM cooperative_approach WHERE slug = ?").param(slug).query(String.class).single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
