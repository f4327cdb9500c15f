package org.a6portal.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;

import org.a6portal.capacitybuilding.CapacityBuildingKinds;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.country.CountryKinds;
import org.a6portal.country.CountryNames;
import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.NewChange;
import org.a6portal.ndc.NdcKinds;
import org.a6portal.seed.SeedBook.Decision;
import org.a6portal.seed.SeedRows.Row;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed files once the migrations have run and before the web server takes requests. Loading is
 * idempotent, safe when several instances start at once (one transaction under an advisory lock), and never
 * overwrites a record an editor changed or deleted: see {@link SeedBook#decide}.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
public class SeedLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	private static final long ADVISORY_LOCK = 0x41365345454400L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ResourceLoader resources;

	private final SeedProperties properties;

	private final ChangeLog changeLog;

	private final JdbcTemplate batches;

	SeedLoader(JdbcClient jdbc, TransactionTemplate transaction, ResourceLoader resources, SeedProperties properties,
			ChangeLog changeLog, JdbcTemplate batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.resources = resources;
		this.properties = properties;
		this.changeLog = changeLog;
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.enabled()) {
			long started = System.nanoTime();
			SeedReport report = load();
			logger.info("Seed data loaded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, report);
		}
	}

	/**
	 * Loads every seed file in one transaction. The search index and the counts are kept up once for the whole load
	 * (V21's deferred upkeep): the triggers only note which records changed, and the changed records' search entries
	 * and the counts are rebuilt set-based at the end, as the row triggers would have left them. A load whose files
	 * are all unchanged does neither.
	 */
	public SeedReport load() {
		SeedReport report = this.transaction.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ADVISORY_LOCK).query().listOfRows();
			this.jdbc.sql("SELECT upkeep_defer()").query().listOfRows();
			SeedReport counts = new SeedReport();
			SeedFiles files = new SeedFiles(this.jdbc, this.resources, this.properties.location());
			List<Group> groups = List.of(
					// each group names the files its records come from, the countries they refer to included
					new Group(List.of("countries.csv"), () -> loadCountries(counts)),
					new Group(List.of("countries.csv", "cooperative_approaches.csv", "cooperative_approach_sectors.csv"),
							() -> loadCooperativeApproaches(counts)),
					new Group(List.of("countries.csv", "pacm_activities.csv", "pacm_transitions.csv",
							"activity_type_mapping.csv"), () -> loadPacmActivities(counts)),
					new Group(List.of("countries.csv", "ndc_targets.csv", "ndc_targets_additions.csv"),
							() -> loadNdcTargets(counts)),
					new Group(List.of("countries.csv", "ndc_submissions.csv"), () -> loadNdcDocuments(counts)),
					new Group(List.of("countries.csv", "capacity_building.csv", "capacity_building_additions.csv"),
							() -> loadCapacityBuilding(counts)),
					new Group(List.of("countries.csv", "initial_reports.csv"), () -> loadInitialReports(counts)),
					new Group(List.of("countries.csv", "participation_requirements.csv"),
							() -> new SdSeed(this.jdbc, this.changeLog).load(rows("participation_requirements.csv"),
									countryCodes(), counts)),
					new Group(List.of("countries.csv", "cooperative_approaches.csv", "itmo_events.csv"),
							() -> loadItmoEvents(counts)));
			boolean loaded = false;
			for (Group group : groups) {
				long started = System.nanoTime();
				if (files.loadIfChanged(counts, group.files(), group.load())) {
					loaded = true;
					counts.timed(String.join("+", group.files()), started);
				}
			}
			if (loaded) {
				long started = System.nanoTime();
				counts.searchEntriesRebuilt(this.jdbc.sql("SELECT upkeep_flush()").query(Integer.class).single());
				counts.timed("search and counts", started);
			}
			else {
				this.jdbc.sql("SELECT upkeep_resume()").query().listOfRows();
			}
			return counts;
		});
		return report;
	}

	/** Seed files whose records load together, and how. */
	private record Group(List<String> files, Runnable load) {
	}

	private List<Row> rows(String file) {
		return SeedRows.read(this.resources.getResource(this.properties.location() + file));
	}

	/** The countries, written in JDBC batches (250 rows: a statement or three each was a tenth of the start-up). */
	private void loadCountries(SeedReport report) {
		SeedBook book = new SeedBook(this.jdbc, CountryKinds.COUNTRY.entityType(), "SELECT iso2, updated_at FROM country");
		List<Object[]> upserts = new ArrayList<>();
		List<Map.Entry<String, String>> remembered = new ArrayList<>();
		List<NewChange> changes = new ArrayList<>();
		for (Row row : rows("countries.csv")) {
			String iso2 = row.required("iso2");
			String checksum = SeedBook.checksum(row.values());
			Decision decision = book.decide(iso2, checksum);
			report.count(CountryKinds.COUNTRY.entityType(), decision);
			if (!decision.writes()) {
				continue;
			}
			String nameEn = row.required("name_en");
			upserts.add(new Object[] { iso2, row.required("iso3"), row.text("numeric"), nameEn, row.required("name_es"),
					row.required("name_fr"), CountryNames.slugOf(nameEn), SeedVocabulary.region(row.text("region")),
					row.text("subregion"), row.bool("unfccc_party"), row.bool("annex_i") });
			remembered.add(Map.entry(iso2, checksum));
			changes.add(NewChange.seeded(CountryKinds.COUNTRY.entityType(), iso2, nameEn,
					(decision == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE, true, Set.of(iso2), null));
		}
		if (upserts.isEmpty()) {
			return;
		}
		this.batches.batchUpdate("""
				INSERT INTO country (iso2, iso3, numeric_code, name_en, name_es, name_fr, slug, region, subregion,
				                     unfccc_party, annex_i)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (iso2) DO UPDATE SET iso3 = excluded.iso3, numeric_code = excluded.numeric_code,
				    name_en = excluded.name_en, name_es = excluded.name_es, name_fr = excluded.name_fr,
				    slug = excluded.slug, region = excluded.region, subregion = excluded.subregion,
				    unfccc_party = excluded.unfccc_party, annex_i = excluded.annex_i,
				    version = country.version + 1, updated_at = now()
				""", upserts);
		book.rememberAll(remembered, this.batches);
		// a country's own seeded data is reference data, no content of its page: no content date
		this.changeLog.recordAll(changes);
	}

	/** The cooperative approaches with their Parties and sectors, written in JDBC batches. */
	private void loadCooperativeApproaches(SeedReport report) {
		Set<String> countries = countryCodes();
		Map<String, List<Row>> sectorsByApproach = rows("cooperative_approach_sectors.csv").stream()
			.collect(Collectors.groupingBy((row) -> row.required("approach_id"), LinkedHashMap::new, Collectors.toList()));
		SeedBook book = new SeedBook(this.jdbc, CooperationKinds.COOPERATIVE_APPROACH.entityType(), "SELECT slug, updated_at FROM cooperative_approach");
		Map<String, Row> written = new LinkedHashMap<>();
		Map<String, Decision> decisions = new java.util.HashMap<>();
		List<Map.Entry<String, String>> remembered = new ArrayList<>();
		List<Object[]> upserts = new ArrayList<>();
		for (Row row : rows("cooperative_approaches.csv")) {
			String slug = row.required("id");
			String host = row.required("host_party_iso2");
			String acquirer = row.required("acquiring_party_iso2");
			if (!countries.contains(host) || !countries.contains(acquirer)) {
				report.skip(slug + ": unknown Party " + host + " or " + acquirer);
				continue;
			}
			List<String> content = new ArrayList<>(row.values());
			sectorsByApproach.getOrDefault(slug, List.of()).forEach((sector) -> content.addAll(sector.values()));
			String checksum = SeedBook.checksum(content);
			Decision decision = book.decide(slug, checksum);
			report.count(CooperationKinds.COOPERATIVE_APPROACH.entityType(), decision);
			if (!decision.writes()) {
				continue;
			}
			written.put(slug, row);
			decisions.put(slug, decision);
			remembered.add(Map.entry(slug, checksum));
			upserts.add(new Object[] { slug, row.required("title"), SeedVocabulary.instrument(row.required("instrument")),
					SeedVocabulary.approachStatus(row.required("status")), date(row.date("signed_on")),
					row.text("sectors"), row.number("itmo_volume_tco2e"), row.text("notes"),
					publicationStatus(row.text("source_url")), row.text("source_url"), row.required("source_title"),
					date(this.properties.compiledOn()), date(this.properties.compiledOn()) });
		}
		if (written.isEmpty()) {
			return;
		}
		this.batches.batchUpdate("""
				INSERT INTO cooperative_approach (slug, title, instrument, status, signed_on, sector_scope,
				    itmo_volume_tco2e, notes, publication_status, source_url, source_title, source_retrieved_on,
				    last_reviewed_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (slug) DO UPDATE SET title = excluded.title, instrument = excluded.instrument,
				    status = excluded.status, signed_on = excluded.signed_on, sector_scope = excluded.sector_scope,
				    itmo_volume_tco2e = excluded.itmo_volume_tco2e, notes = excluded.notes,
				    publication_status = excluded.publication_status, source_url = excluded.source_url,
				    source_title = excluded.source_title, source_retrieved_on = excluded.source_retrieved_on,
				    last_reviewed_on = excluded.last_reviewed_on,
				    version = cooperative_approach.version + 1, updated_at = now()
				""", upserts);
		Map<String, Long> ids = new java.util.HashMap<>();
		this.jdbc.sql("SELECT slug, id FROM cooperative_approach WHERE slug = ANY(?)")
			.param(written.keySet().toArray(String[]::new))
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		Long[] writtenIds = written.keySet().stream().map(ids::get).toArray(Long[]::new);
		this.jdbc.sql("DELETE FROM cooperative_approach_party WHERE approach_id = ANY(?)").param(writtenIds).update();
		this.jdbc.sql("DELETE FROM cooperative_approach_sector WHERE approach_id = ANY(?)").param(writtenIds).update();
		List<Object[]> parties = new ArrayList<>();
		List<Object[]> sectors = new ArrayList<>();
		List<NewChange> changes = new ArrayList<>();
		written.forEach((slug, row) -> {
			long id = ids.get(slug);
			String host = row.required("host_party_iso2");
			String acquirer = row.required("acquiring_party_iso2");
			parties.add(new Object[] { id, host, "transferring" });
			parties.add(new Object[] { id, acquirer, "acquiring" });
			sectorsByApproach.getOrDefault(slug, List.of())
				.forEach((sector) -> sectors.add(new Object[] { id, sector.required("sector_code") }));
			changes.add(NewChange.seeded(CooperationKinds.COOPERATIVE_APPROACH.entityType(), String.valueOf(id), row.required("title"),
					(decisions.get(slug) == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE,
					row.text("source_url") != null, Set.of(host, acquirer), startOf(this.properties.compiledOn())));
		});
		this.batches.batchUpdate(
				"INSERT INTO cooperative_approach_party (approach_id, country_iso2, role) VALUES (?, ?, ?)", parties);
		this.batches.batchUpdate("INSERT INTO cooperative_approach_sector (approach_id, sector_code) VALUES (?, ?)",
				sectors);
		book.rememberAll(remembered, this.batches);
		this.changeLog.recordAll(changes);
	}

	private void loadPacmActivities(SeedReport report) {
		ActivityTypeMapping types = new ActivityTypeMapping(rows("activity_type_mapping.csv"));
		new PacmSeed(this.jdbc, this.batches, this.changeLog, this.properties.compiledOn()).load(
				rows("pacm_activities.csv"), rows("pacm_transitions.csv"), types, countryCodes(), report);
	}

	private void loadNdcTargets(SeedReport report) {
		Set<String> countries = countryCodes();
		SeedBook book = new SeedBook(this.jdbc, NdcKinds.NDC_TARGET.entityType(), "SELECT slug, updated_at FROM ndc_target");
		List<Row> rows = new ArrayList<>(rows("ndc_targets.csv"));
		rows.addAll(rows("ndc_targets_additions.csv"));
		for (Row row : rows) {
			String iso2 = row.required("host_party_iso2");
			String label = row.required("ndc_version");
			if (!countries.contains(iso2)) {
				report.skip("NDC target of unknown Party " + iso2);
				continue;
			}
			String slug = ndcTargetSlug(row);
			String checksum = SeedBook.checksum(row.values());
			Decision decision = book.decide(slug, checksum);
			report.count(NdcKinds.NDC_TARGET.entityType(), decision);
			if (!decision.writes()) {
				continue;
			}
			LocalDate retrievedOn = java.util.Objects.requireNonNullElse(
					row.has("retrieved_on") ? row.date("retrieved_on") : null, this.properties.compiledOn());
			this.jdbc.sql("""
					INSERT INTO ndc_submission (country_iso2, label, version_year) VALUES (?, ?, ?)
					ON CONFLICT (country_iso2, label) DO NOTHING
					""").params(iso2, label, SeedVocabulary.ndcVersionYear(label)).update();
			long id = this.jdbc.sql("""
					INSERT INTO ndc_target (slug, submission_id, target_type, target_year, reduction_pct, conditional,
					    base_year, reference_emissions_mtco2e, net_zero_year, notes, publication_status, source_url,
					    source_title, source_retrieved_on, last_reviewed_on)
					VALUES (:slug, (SELECT id FROM ndc_submission WHERE country_iso2 = :iso2 AND label = :label),
					        :type, :targetYear, :pct, :conditional, :baseYear, :reference, :netZero, :notes,
					        :publication, :sourceUrl, :sourceTitle, :retrievedOn, :retrievedOn)
					ON CONFLICT (slug) DO UPDATE SET submission_id = excluded.submission_id,
					    target_type = excluded.target_type, target_year = excluded.target_year,
					    reduction_pct = excluded.reduction_pct, conditional = excluded.conditional,
					    base_year = excluded.base_year, reference_emissions_mtco2e = excluded.reference_emissions_mtco2e,
					    net_zero_year = excluded.net_zero_year, notes = excluded.notes,
					    publication_status = excluded.publication_status, source_url = excluded.source_url,
					    source_title = excluded.source_title, source_retrieved_on = excluded.source_retrieved_on,
					    last_reviewed_on = excluded.last_reviewed_on,
					    version = ndc_target.version + 1, updated_at = now()
					RETURNING id
					""")
				.param("slug", slug)
				.param("iso2", iso2)
				.param("label", label)
				.param("type", SeedVocabulary.targetType(row.required("target_type")))
				.param("targetYear", row.year("target_year"))
				.param("pct", row.number("reduction_pct"))
				.param("conditional", row.bool("conditional"))
				.param("baseYear", row.year("base_year"))
				.param("reference", row.number("bau_or_base_emissions_mtco2e"))
				.param("netZero", row.year("net_zero_year"))
				.param("notes", row.text("notes"))
				.param("publication", publicationStatus(row.text("source_url")))
				.param("sourceUrl", row.text("source_url"))
				.param("sourceTitle", row.required("source_title"))
				.param("retrievedOn", retrievedOn)
				.query(Long.class)
				.single();
			book.remember(slug, checksum);
			this.changeLog.record(NewChange.seeded(NdcKinds.NDC_TARGET.entityType(), String.valueOf(id),
					label + ", " + row.required("target_type") + " " + row.text("target_year"),
					(decision == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE,
					row.text("source_url") != null, Set.of(iso2), startOf(retrievedOn)));
		}
		chooseCurrentNdcVersions();
	}

	/**
	 * The seed's rule for a Party's current NDC version: the newest, by the year it was submitted (the year its label
	 * names, {@link SeedVocabulary#ndcVersionYear}), then its submission date, then the later recorded. Applied on
	 * every load of changed NDC files, so a newer version in a new release becomes current on a loaded database too;
	 * never where an editor chose the current version ({@code current_chosen_by} other than {@code seed data}).
	 * Two statements: the one-current-per-Party index forbids two current versions even for a moment.
	 */
	private void chooseCurrentNdcVersions() {
		String newest = """
				SELECT DISTINCT ON (n.country_iso2) n.id FROM ndc_submission n
				ORDER BY n.country_iso2, n.version_year DESC, n.submitted_on DESC NULLS LAST, n.id DESC
				""";
		String seedDecides = """
				NOT EXISTS (SELECT 1 FROM ndc_submission e WHERE e.country_iso2 = s.country_iso2 AND e.is_current
				            AND coalesce(e.current_chosen_by, :seed) <> :seed)
				""";
		int unset = this.jdbc.sql("""
				UPDATE ndc_submission s SET is_current = false, current_chosen_by = NULL, current_chosen_at = NULL,
				    version = s.version + 1, updated_at = now()
				WHERE s.is_current AND s.id NOT IN (%s) AND %s
				""".formatted(newest, seedDecides)).param("seed", NewChange.SEED).update();
		int set = this.jdbc.sql("""
				UPDATE ndc_submission s SET is_current = true, current_chosen_by = :seed, current_chosen_at = now(),
				    version = s.version + 1, updated_at = now()
				WHERE s.id IN (%s)
				AND NOT EXISTS (SELECT 1 FROM ndc_submission c WHERE c.country_iso2 = s.country_iso2 AND c.is_current)
				""".formatted(newest)).param("seed", NewChange.SEED).update();
		if (unset > 0) {
			logger.info("Current NDC version moved to the newest for {} Parties ({} newly current)", unset, set);
		}
	}

	/**
	 * Every document of the UNFCCC NDC registry, in batches (604 rows); a document is known by its country and URL
	 * ({@link #ndcDocumentSlug}), since the registry files the joint EU NDC under each member state.
	 */
	private void loadNdcDocuments(SeedReport report) {
		Set<String> countries = countryCodes();
		SeedBook book = new SeedBook(this.jdbc, NdcKinds.NDC_DOCUMENT.entityType(), "SELECT slug, updated_at FROM ndc_document");
		List<Object[]> upserts = new ArrayList<>();
		List<Map.Entry<String, String>> remembered = new ArrayList<>();
		Map<String, Row> written = new LinkedHashMap<>();
		Map<String, Decision> decisions = new java.util.HashMap<>();
		for (Row row : rows("ndc_submissions.csv")) {
			String iso2 = row.required("country_iso2");
			if (!countries.contains(iso2)) {
				report.skip("NDC document of unknown Party " + iso2);
				continue;
			}
			String url = row.required("document_url");
			String slug = ndcDocumentSlug(iso2, url);
			String checksum = SeedBook.checksum(row.values());
			Decision decision = book.decide(slug, checksum);
			report.count(NdcKinds.NDC_DOCUMENT.entityType(), decision);
			if (!decision.writes()) {
				continue;
			}
			String status = switch (row.required("registry_status")) {
				case "Active" -> "active";
				case "Archived" -> "archived";
				default -> throw new IllegalArgumentException("Unknown NDC registry status '"
						+ row.required("registry_status") + "'");
			};
			LocalDate retrievedOn = java.util.Objects.requireNonNullElse(row.date("retrieved_on"),
					this.properties.compiledOn());
			upserts.add(new Object[] { slug, iso2, row.required("label"), date(row.date("submitted_on")), status,
					row.bool("is_current"), row.text("language"), url, publicationStatus(row.text("source_url")),
					row.text("source_url"), row.required("source_title"), date(retrievedOn), date(retrievedOn) });
			remembered.add(Map.entry(slug, checksum));
			written.put(slug, row);
			decisions.put(slug, decision);
		}
		if (written.isEmpty()) {
			return;
		}
		this.batches.batchUpdate("""
				INSERT INTO ndc_document (slug, country_iso2, title, submitted_on, registry_status, is_current, language,
				    document_url, publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (slug) DO UPDATE SET country_iso2 = excluded.country_iso2, title = excluded.title,
				    submitted_on = excluded.submitted_on, registry_status = excluded.registry_status,
				    is_current = excluded.is_current, language = excluded.language, document_url = excluded.document_url,
				    publication_status = excluded.publication_status, source_url = excluded.source_url,
				    source_title = excluded.source_title, source_retrieved_on = excluded.source_retrieved_on,
				    last_reviewed_on = excluded.last_reviewed_on,
				    version = ndc_document.version + 1, updated_at = now()
				""", upserts);
		book.rememberAll(remembered, this.batches);
		Map<String, Long> ids = new java.util.HashMap<>();
		this.jdbc.sql("SELECT slug, id FROM ndc_document WHERE slug = ANY(?)")
			.param(written.keySet().toArray(String[]::new))
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		// registry listings: reference data like the countries, shown but not dating a page's Article 6 content
		this.changeLog.recordAll(written.entrySet()
			.stream()
			.map((entry) -> NewChange.seeded(NdcKinds.NDC_DOCUMENT.entityType(), String.valueOf(ids.get(entry.getKey())),
					entry.getValue().required("label"),
					(decisions.get(entry.getKey()) == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE,
					entry.getValue().text("source_url") != null, Set.of(entry.getValue().required("country_iso2")), null))
			.toList());
	}

	/** ndc-doc-pe-1a2b3c4d5e: the country and a digest of the document's URL, stable while both are. */
	static String ndcDocumentSlug(String iso2, String documentUrl) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(documentUrl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return "ndc-doc-" + iso2.toLowerCase(Locale.ROOT) + "-" + java.util.HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static org.springframework.jdbc.core.SqlParameterValue date(@Nullable LocalDate day) {
		return new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.DATE,
				(day != null) ? java.sql.Date.valueOf(day) : null);
	}

	/** ndc-pe-2015-bau-2030-conditional: stable as long as the row's identifying cells are. */
	static String ndcTargetSlug(Row row) {
		return SeedVocabulary.ndcTargetSlug(row.required("host_party_iso2"), row.required("ndc_version"),
				row.required("target_type"), row.year("target_year"), row.bool("conditional"));
	}

	private void loadCapacityBuilding(SeedReport report) {
		Set<String> countries = countryCodes();
		SeedBook book = new SeedBook(this.jdbc, CapacityBuildingKinds.CAPACITY_BUILDING_PROJECT.entityType(),
				"SELECT slug, updated_at FROM capacity_building_project");
		List<Row> projects = new ArrayList<>(rows("capacity_building.csv"));
		projects.addAll(rows("capacity_building_additions.csv"));
		for (Row row : projects) {
			String slug = row.required("id");
			String checksum = SeedBook.checksum(row.values());
			Decision decision = book.decide(slug, checksum);
			report.count(CapacityBuildingKinds.CAPACITY_BUILDING_PROJECT.entityType(), decision);
			if (!decision.writes()) {
				continue;
			}
			String url = row.text("url");
			// the additions of 2026-11-30 carry the day their sources were read; the first file is of the compilation
			LocalDate retrievedOn = java.util.Objects.requireNonNullElse(row.optionalDate("retrieved_on"),
					this.properties.compiledOn());
			long id = this.jdbc.sql("""
					INSERT INTO capacity_building_project (slug, title, lead_organisation, funder, summary, started_on,
					    ends_on, url, publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)
					VALUES (:slug, :title, :lead, :funder, :summary, :startedOn, :endsOn, :url, :publication, :url,
					        :sourceTitle, :retrievedOn, :retrievedOn)
					ON CONFLICT (slug) DO UPDATE SET title = excluded.title, lead_organisation = excluded.lead_organisation,
					    funder = excluded.funder, summary = excluded.summary, started_on = excluded.started_on,
					    ends_on = excluded.ends_on, url = excluded.url, publication_status = excluded.publication_status,
					    source_url = excluded.source_url, source_title = excluded.source_title,
					    source_retrieved_on = excluded.source_retrieved_on, last_reviewed_on = excluded.last_reviewed_on,
					    version = capacity_building_project.version + 1, updated_at = now()
					RETURNING id
					""")
				.param("slug", slug)
				.param("title", row.required("title"))
				.param("lead", row.text("lead_organisation"))
				.param("funder", row.text("funder"))
				.param("summary", row.text("summary"))
				.param("startedOn", row.date("started_on"))
				.param("endsOn", row.date("ends_on"))
				.param("url", url)
				.param("publication", publicationStatus(url))
				.param("sourceTitle", row.required("source_title"))
				.param("retrievedOn", retrievedOn)
				.query(Long.class)
				.single();
			this.jdbc.sql("DELETE FROM capacity_building_country WHERE project_id = ?").param(id).update();
			String codes = row.text("countries_iso2");
			Set<String> involved = new java.util.LinkedHashSet<>();
			for (String code : (codes != null) ? codes.split(";") : new String[0]) {
				String iso2 = code.strip().toUpperCase(Locale.ROOT);
				if (countries.contains(iso2)) {
					this.jdbc.sql("INSERT INTO capacity_building_country (project_id, country_iso2) VALUES (?, ?)")
						.params(id, iso2)
						.update();
					involved.add(iso2);
				}
				else {
					report.skip(slug + ": unknown country " + iso2);
				}
			}
			book.remember(slug, checksum);
			this.changeLog.record(NewChange.seeded(CapacityBuildingKinds.CAPACITY_BUILDING_PROJECT.entityType(), String.valueOf(id), row.required("title"),
					(decision == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE, url != null, involved,
					startOf(retrievedOn)));
		}
	}

	/** Article 6.2 initial reports; a report is known by its Party and its place among the Party's rows (ir-gy-1). */
	private void loadInitialReports(SeedReport report) {
		Set<String> countries = countryCodes();
		SeedBook book = new SeedBook(this.jdbc, SustainableDevelopmentKinds.INITIAL_REPORT.entityType(), "SELECT slug, updated_at FROM initial_report");
		Map<String, Integer> perCountry = new java.util.HashMap<>();
		for (Row row : rows("initial_reports.csv")) {
			String iso2 = row.required("country_iso2");
			if (!countries.contains(iso2)) {
				report.skip("initial report of unknown Party " + iso2);
				continue;
			}
			String slug = "ir-" + iso2.toLowerCase(Locale.ROOT) + "-" + perCountry.merge(iso2, 1, Integer::sum);
			String checksum = SeedBook.checksum(row.values());
			Decision decision = book.decide(slug, checksum);
			report.count(SustainableDevelopmentKinds.INITIAL_REPORT.entityType(), decision);
			if (!decision.writes()) {
				continue;
			}
			LocalDate retrievedOn = java.util.Objects.requireNonNullElse(row.date("retrieved_on"),
					this.properties.compiledOn());
			long id = this.jdbc.sql("""
					INSERT INTO initial_report (slug, country_iso2, title, submitted_on, review_status, notes,
					    publication_status, source_url, source_title, source_retrieved_on, last_reviewed_on)
					VALUES (:slug, :iso2, :title, :submittedOn, :status, :notes, :publication, :sourceUrl, :sourceTitle,
					        :retrievedOn, :retrievedOn)
					ON CONFLICT (slug) DO UPDATE SET country_iso2 = excluded.country_iso2, title = excluded.title,
					    submitted_on = excluded.submitted_on, review_status = excluded.review_status, notes = excluded.notes,
					    publication_status = excluded.publication_status, source_url = excluded.source_url,
					    source_title = excluded.source_title, source_retrieved_on = excluded.source_retrieved_on,
					    last_reviewed_on = excluded.last_reviewed_on,
					    version = initial_report.version + 1, updated_at = now()
					RETURNING id
					""")
				.param("slug", slug)
				.param("iso2", iso2)
				.param("title", row.required("title"))
				.param("submittedOn", row.date("submitted_on"))
				.param("status", row.required("review_status"))
				.param("notes", row.text("notes"))
				.param("publication", publicationStatus(row.text("source_url")))
				.param("sourceUrl", row.text("source_url"))
				.param("sourceTitle", row.required("source_title"))
				.param("retrievedOn", retrievedOn)
				.query(Long.class)
				.single();
			book.remember(slug, checksum);
			this.changeLog.record(NewChange.seeded(SustainableDevelopmentKinds.INITIAL_REPORT.entityType(), String.valueOf(id), row.required("title"),
					(decision == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE,
					row.text("source_url") != null, Set.of(iso2), startOf(retrievedOn)));
		}
	}

	/**
	 * Article 6.2 events: each under its cooperative approach (by the approach's slug), or under its host Party alone
	 * where the source ties it to no listed approach. Few rows: one statement each, as the other small files.
	 */
	private void loadItmoEvents(SeedReport report) {
		Set<String> countries = countryCodes();
		Map<String, Long> approaches = new java.util.HashMap<>();
		this.jdbc.sql("SELECT slug, id FROM cooperative_approach")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach((entry) -> approaches.put(entry.getKey(), entry.getValue()));
		SeedBook book = new SeedBook(this.jdbc, CooperationKinds.ITMO_EVENT.entityType(), "SELECT slug, updated_at FROM itmo_event");
		for (Row row : rows("itmo_events.csv")) {
			String slug = row.required("id");
			String host = row.required("host_party_iso2");
			String acquirer = row.text("acquiring_party_iso2");
			String approachSlug = row.text("cooperative_approach_id");
			Long approachId = (approachSlug != null) ? approaches.get(approachSlug) : null;
			if (!countries.contains(host) || (acquirer != null && !countries.contains(acquirer))) {
				report.skip(slug + ": unknown Party " + host + " or " + acquirer);
				continue;
			}
			if (approachSlug != null && approachId == null) {
				report.skip(slug + ": unknown cooperative approach " + approachSlug);
				continue;
			}
			String checksum = SeedBook.checksum(row.values());
			Decision decision = book.decide(slug, checksum);
			report.count(CooperationKinds.ITMO_EVENT.entityType(), decision);
			if (!decision.writes()) {
				continue;
			}
			java.math.BigDecimal volume = row.number("volume_tco2e");
			LocalDate retrievedOn = java.util.Objects.requireNonNullElse(row.date("retrieved_on"),
					this.properties.compiledOn());
			long id = this.jdbc.sql("""
					INSERT INTO itmo_event (slug, approach_id, host_iso2, acquiring_iso2, activity_title, kind, description,
					    event_on, event_date_note, volume_tco2e, volume_meaning, volume_note, notes, publication_status,
					    source_url, source_title, source_retrieved_on, last_reviewed_on)
					VALUES (:slug, :approach, :host, :acquirer, :activity, :kind, :description, :eventOn, :dateNote,
					        :volume, :meaning, :volumeNote, :notes, :publication, :sourceUrl, :sourceTitle, :retrievedOn,
					        :retrievedOn)
					ON CONFLICT (slug) DO UPDATE SET approach_id = excluded.approach_id, host_iso2 = excluded.host_iso2,
					    acquiring_iso2 = excluded.acquiring_iso2, activity_title = excluded.activity_title,
					    kind = excluded.kind, description = excluded.description, event_on = excluded.event_on,
					    event_date_note = excluded.event_date_note, volume_tco2e = excluded.volume_tco2e,
					    volume_meaning = excluded.volume_meaning, volume_note = excluded.volume_note, notes = excluded.notes,
					    publication_status = excluded.publication_status, source_url = excluded.source_url,
					    source_title = excluded.source_title, source_retrieved_on = excluded.source_retrieved_on,
					    last_reviewed_on = excluded.last_reviewed_on,
					    version = itmo_event.version + 1, updated_at = now()
					RETURNING id
					""")
				.param("slug", slug)
				.param("approach", approachId)
				.param("host", host)
				.param("acquirer", acquirer)
				.param("activity", row.text("activity_title"))
				.param("kind", SeedVocabulary.itmoEventKind(row.required("event")))
				.param("description", row.required("event"))
				.param("eventOn", row.date("event_date"))
				.param("dateNote", row.text("event_date_note"))
				.param("volume", volume)
				.param("meaning", (volume != null) ? SeedVocabulary.itmoVolumeMeaning(row.text("volume_note")) : null)
				.param("volumeNote", row.text("volume_note"))
				.param("notes", row.text("notes"))
				.param("publication", publicationStatus(row.text("source_url")))
				.param("sourceUrl", row.text("source_url"))
				.param("sourceTitle", row.required("source_title"))
				.param("retrievedOn", retrievedOn)
				.query(Long.class)
				.single();
			book.remember(slug, checksum);
			Set<String> involved = (acquirer != null) ? Set.of(host, acquirer) : Set.of(host);
			this.changeLog.record(NewChange.seeded(CooperationKinds.ITMO_EVENT.entityType(), String.valueOf(id), row.required("event"),
					(decision == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE,
					row.text("source_url") != null, involved, startOf(retrievedOn)));
		}
	}

	/** A record without a web source stays a draft (shared/DOMAIN.md §2.1). */
	private static String publicationStatus(@Nullable String sourceUrl) {
		return (sourceUrl != null) ? "published" : "draft";
	}

	private Set<String> countryCodes() {
		return Set.copyOf(this.jdbc.sql("SELECT iso2 FROM country").query(String.class).list());
	}

	/** What one load did, by entity type and decision, and which rows it could not use. */
	public static final class SeedReport {

		private final Map<String, Map<Decision, Integer>> counts = new LinkedHashMap<>();

		private final List<String> skipped = new ArrayList<>();

		private final List<String> merged = new ArrayList<>();

		private final List<String> unchangedFiles = new ArrayList<>();

		private final Map<String, Long> millis = new LinkedHashMap<>();

		private int searchEntriesRebuilt;

		void timed(String step, long startedNanos) {
			this.millis.put(step, (System.nanoTime() - startedNanos) / 1_000_000);
		}

		void searchEntriesRebuilt(int entries) {
			this.searchEntriesRebuilt = entries;
		}

		/** How many records' search entries the load rebuilt (none when every file was unchanged). */
		public int searchEntriesRebuilt() {
			return this.searchEntriesRebuilt;
		}

		void merged(String what) {
			this.merged.add(what);
		}

		void unchangedFiles(List<String> files) {
			this.unchangedFiles.add(String.join("+", files));
		}

		/** Which pipeline rows were merged into which hand-compiled record ("cdm-1 into pacm-mm-10415"). */
		public List<String> merged() {
			return List.copyOf(this.merged);
		}

		/** The groups of seed files skipped because nothing in them changed since they were loaded. */
		public List<String> unchangedFiles() {
			return List.copyOf(this.unchangedFiles);
		}

		void count(String entityType, Decision decision) {
			this.counts.computeIfAbsent(entityType, (type) -> new LinkedHashMap<>()).merge(decision, 1, Integer::sum);
		}

		void skip(String reason) {
			this.skipped.add(reason);
		}

		public int count(String entityType, String decision) {
			return this.counts.getOrDefault(entityType, Map.of()).getOrDefault(Decision.valueOf(decision), 0);
		}

		public int written() {
			return this.counts.values()
				.stream()
				.flatMap((byDecision) -> byDecision.entrySet().stream())
				.filter((entry) -> entry.getKey().writes())
				.mapToInt(Map.Entry::getValue)
				.sum();
		}

		public List<String> skipped() {
			return List.copyOf(this.skipped);
		}

		@Override
		public String toString() {
			return this.counts + ((this.unchangedFiles.isEmpty()) ? "" : "; unchanged files " + this.unchangedFiles)
					+ ((this.millis.isEmpty()) ? "" : "; ms " + this.millis)
					+ ((this.searchEntriesRebuilt == 0) ? "" : "; search entries rebuilt " + this.searchEntriesRebuilt)
					+ ((this.merged.isEmpty()) ? "" : "; merged " + this.merged)
					+ ((this.skipped.isEmpty()) ? "" : "; skipped " + this.skipped);
		}

	}

}
