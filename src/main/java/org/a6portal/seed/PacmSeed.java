package org.a6portal.seed;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.NewChange;
import org.a6portal.pacm.PacmKinds;
import org.a6portal.seed.SeedBook.Decision;
import org.a6portal.seed.SeedLoader.SeedReport;
import org.a6portal.seed.SeedRows.Row;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the Article 6.4 activities: the hand-compiled rows of {@code pacm_activities.csv} and the CDM transition
 * pipeline of {@code pacm_transitions.csv}, whose activity types {@code activity_type_mapping.csv} maps. Where a
 * hand-compiled row and a pipeline row name the same activity (the same UNFCCC reference, or the same host and
 * title), one record results: the hand-compiled row's facts (it carries Supervisory Body decisions the pipeline
 * lacks), with the pipeline's filling what it leaves blank. Writes go in JDBC batches, never a statement per row.
 */
final class PacmSeed {

	static final String ENTITY = PacmKinds.PACM_ACTIVITY.entityType();

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final ChangeLog changeLog;

	private final LocalDate compiledOn;

	PacmSeed(JdbcClient jdbc, JdbcTemplate batches, ChangeLog changeLog, LocalDate compiledOn) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.changeLog = changeLog;
		this.compiledOn = compiledOn;
	}

	void load(List<Row> handCompiled, List<Row> pipeline, ActivityTypeMapping types, Set<String> countries,
			SeedReport report) {
		List<Activity> activities = activities(handCompiled, pipeline, types, countries, report);
		SeedBook book = new SeedBook(this.jdbc, ENTITY, "SELECT slug, updated_at FROM pacm_activity");
		Map<String, Activity> written = new LinkedHashMap<>();
		Map<String, Decision> decisions = new HashMap<>();
		for (Activity activity : activities) {
			Decision decision = book.decide(activity.slug(), activity.checksum());
			report.count(ENTITY, decision);
			if (decision.writes()) {
				written.put(activity.slug(), activity);
				decisions.put(activity.slug(), decision);
			}
		}
		if (written.isEmpty()) {
			return;
		}
		upsert(written.values());
		Map<String, Long> ids = idsOf(written.keySet());
		List<Object[]> hostRows = new ArrayList<>();
		List<Long> writtenIds = new ArrayList<>();
		for (Activity activity : written.values()) {
			long id = ids.get(activity.slug());
			writtenIds.add(id);
			activity.otherHosts().forEach((host) -> hostRows.add(new Object[] { id, host }));
		}
		this.jdbc.sql("DELETE FROM pacm_activity_other_host WHERE activity_id = ANY(?)")
			.param(writtenIds.toArray(Long[]::new))
			.update();
		this.batches.batchUpdate("INSERT INTO pacm_activity_other_host (activity_id, country_iso2) VALUES (?, ?)",
				hostRows);
		linkComponents(activities, written.values(), ids);
		book.rememberAll(written.values().stream().map((activity) -> Map.entry(activity.slug(), activity.checksum())).toList(),
				this.batches);
		this.changeLog.recordAll(written.values()
			.stream()
			.map((activity) -> NewChange.seeded(ENTITY, String.valueOf(ids.get(activity.slug())), activity.title(),
					(decisions.get(activity.slug()) == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE,
					activity.sourceUrl() != null, activity.hosts(), SeedLoader.startOf(activity.retrievedOn())))
			.toList());
	}

	/** The records the two files describe, merged where they name one activity. */
	private List<Activity> activities(List<Row> handCompiled, List<Row> pipeline, ActivityTypeMapping types,
			Set<String> countries, SeedReport report) {
		List<Activity> fromPipeline = new ArrayList<>();
		Set<String> references = new LinkedHashSet<>();
		for (Row row : pipeline) {
			Activity activity = fromPipeline(row, types);
			Set<String> unknown = new LinkedHashSet<>(activity.hosts());
			unknown.removeAll(countries);
			if (!unknown.isEmpty()) {
				report.skip(activity.slug() + ": unknown host Party " + unknown);
				continue;
			}
			if (activity.reference() != null && !references.add(activity.reference())) {
				// two rows of the sheet were joined to one CDM number: the number stays with the first
				report.skip(activity.slug() + ": " + activity.reference() + " already names an earlier row");
				activity = activity.withoutReference();
			}
			fromPipeline.add(activity);
		}
		List<Activity> result = new ArrayList<>();
		for (Row row : handCompiled) {
			String host = row.text("host_party_iso2");
			if (host == null || !countries.contains(host)) {
				report.skip(row.required("id") + ": no confirmed host Party");
				continue;
			}
			Activity hand = fromHandCompiled(row, types);
			Activity same = fromPipeline.stream().filter(hand::namesTheSameActivityAs).findFirst().orElse(null);
			if (same != null) {
				fromPipeline.remove(same);
				report.merged(same.slug() + " into " + hand.slug());
				hand = hand.filledFrom(same);
			}
			result.add(hand);
		}
		result.addAll(fromPipeline);
		return result;
	}

	private Activity fromPipeline(Row row, ActivityTypeMapping types) {
		String host = row.required("host_party_iso2");
		Set<String> others = new LinkedHashSet<>();
		String otherCodes = row.text("other_host_parties_iso2");
		if (otherCodes != null) {
			for (String code : otherCodes.split(";")) {
				String iso2 = code.strip().toUpperCase(Locale.ROOT);
				if (!iso2.isEmpty() && !iso2.equals(host)) {
					others.add(iso2);
				}
			}
		}
		String stage = row.required("stage");
		LocalDate approvedOn = row.date("host_approved_on");
		String typeInSource = row.text("activity_type_in_source");
		return new Activity(row.required("id"), host, others, row.required("title"), row.required("origin"),
				row.required("form"), stage, stage.equals("host_approved") ? approvedOn : null,
				(typeInSource != null) ? types.codeOf(typeInSource) : null, typeInSource, null,
				row.number("expected_reductions_tco2e_per_year"), row.text("unfccc_reference"), null, approvedOn,
				row.date("a6_period_from"), row.date("a6_period_to"), row.text("methodology_after_transition"),
				row.text("source_url"), row.required("source_title"),
				Objects.requireNonNullElse(row.date("source_retrieved_on"), this.compiledOn), row.values());
	}

	private Activity fromHandCompiled(Row row, ActivityTypeMapping types) {
		String origin = SeedVocabulary.pacmOrigin(row.required("activity_type"));
		String reference = row.text("unfccc_reference");
		return new Activity(row.required("id"), row.required("host_party_iso2"), Set.of(), row.required("title"), origin,
				(reference != null && reference.contains("PoA")) ? "programme" : null,
				SeedVocabulary.pacmStage(row.required("status"), origin), null,
				SeedVocabulary.activityType(row.text("sector")), null, row.text("methodology"),
				row.number("expected_reductions_tco2e_per_year"), reference, row.text("status"), null, null, null, null,
				row.text("source_url"), row.required("source_title"), this.compiledOn, row.values());
	}

	private void upsert(Iterable<Activity> activities) {
		List<Object[]> rows = new ArrayList<>();
		for (Activity a : activities) {
			rows.add(new Object[] { a.slug(), a.host(), a.title(), a.origin(), a.form(), a.stage(), date(a.stageOn()),
					a.activityType(), a.methodology(), a.reductions(), a.reference(), a.notes(), date(a.hostApprovedOn()),
					date(a.periodFrom()), date(a.periodTo()), a.methodologyChoice(), a.activityTypeInSource(),
					(a.sourceUrl() != null) ? "published" : "draft", a.sourceUrl(), a.sourceTitle(),
					date(a.retrievedOn()), date(a.retrievedOn()) });
		}
		this.batches.batchUpdate("""
				INSERT INTO pacm_activity (slug, host_iso2, title, origin, form, stage, stage_on, activity_type_code,
				    methodology, expected_reductions_tco2e_per_year, unfccc_reference, notes, host_approved_on,
				    a6_period_from, a6_period_to, methodology_choice, activity_type_in_source, publication_status,
				    source_url, source_title, source_retrieved_on, last_reviewed_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (slug) DO UPDATE SET host_iso2 = excluded.host_iso2, title = excluded.title,
				    origin = excluded.origin, form = excluded.form, stage = excluded.stage, stage_on = excluded.stage_on,
				    activity_type_code = excluded.activity_type_code, methodology = excluded.methodology,
				    expected_reductions_tco2e_per_year = excluded.expected_reductions_tco2e_per_year,
				    unfccc_reference = excluded.unfccc_reference, notes = excluded.notes,
				    host_approved_on = excluded.host_approved_on, a6_period_from = excluded.a6_period_from,
				    a6_period_to = excluded.a6_period_to, methodology_choice = excluded.methodology_choice,
				    activity_type_in_source = excluded.activity_type_in_source,
				    publication_status = excluded.publication_status, source_url = excluded.source_url,
				    source_title = excluded.source_title, source_retrieved_on = excluded.source_retrieved_on,
				    last_reviewed_on = excluded.last_reviewed_on,
				    version = pacm_activity.version + 1, updated_at = now()
				""", rows);
	}

	private Map<String, Long> idsOf(Set<String> slugs) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("SELECT slug, id FROM pacm_activity WHERE slug = ANY(?)")
			.param(slugs.toArray(String[]::new))
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		return ids;
	}

	/** Places each written component under the programme its title names ({@link ProgrammeTitles}). */
	private void linkComponents(List<Activity> all, Iterable<Activity> written, Map<String, Long> ids) {
		// per host, its programmes' normalised titles: each title is normalised once, not once per component
		Map<String, Map<String, String>> programmesByHost = new HashMap<>();
		for (Activity programme : all) {
			if ("programme".equals(programme.form())) {
				String title = ProgrammeTitles.normalised(programme.title());
				programme.hosts()
					.forEach((host) -> programmesByHost.computeIfAbsent(host, (key) -> new LinkedHashMap<>())
						.put(programme.slug(), title));
			}
		}
		List<Object[]> rows = new ArrayList<>();
		for (Activity component : written) {
			if (!"component".equals(component.form())) {
				continue;
			}
			Set<String> matches = new LinkedHashSet<>();
			Map<String, String> programmes = programmesByHost.getOrDefault(component.host(), Map.of());
			for (String name : ProgrammeTitles.programmeNames(component.title())) {
				programmes.forEach((slug, title) -> {
					if (ProgrammeTitles.namesNormalised(title, name)) {
						matches.add(slug);
					}
				});
			}
			rows.add(new Object[] { (matches.size() == 1) ? matches.iterator().next() : null, ids.get(component.slug()) });
		}
		this.batches.batchUpdate(
				"UPDATE pacm_activity SET programme_id = (SELECT p.id FROM pacm_activity p WHERE p.slug = ?) WHERE id = ?",
				rows);
	}

	private static @Nullable SqlParameterValue date(@Nullable LocalDate date) {
		return new SqlParameterValue(Types.DATE, (date != null) ? Date.valueOf(date) : null);
	}

	/** One record as the seed describes it. */
	record Activity(String slug, String host, Set<String> otherHosts, String title, String origin, @Nullable String form,
			String stage, @Nullable LocalDate stageOn, @Nullable String activityType,
			@Nullable String activityTypeInSource, @Nullable String methodology, java.math.@Nullable BigDecimal reductions,
			@Nullable String reference, @Nullable String notes, @Nullable LocalDate hostApprovedOn,
			@Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable String methodologyChoice,
			@Nullable String sourceUrl, String sourceTitle, LocalDate retrievedOn, List<String> content) {

		Set<String> hosts() {
			Set<String> hosts = new LinkedHashSet<>();
			hosts.add(this.host);
			hosts.addAll(this.otherHosts);
			return hosts;
		}

		String checksum() {
			return SeedBook.checksum(this.content);
		}

		boolean namesTheSameActivityAs(Activity other) {
			if (this.reference != null && this.reference.equals(other.reference)) {
				return true;
			}
			return other.hosts().contains(this.host)
					&& ProgrammeTitles.normalised(this.title).equals(ProgrammeTitles.normalised(other.title));
		}

		Activity withoutReference() {
			return new Activity(this.slug, this.host, this.otherHosts, this.title, this.origin, this.form, this.stage,
					this.stageOn, this.activityType, this.activityTypeInSource, this.methodology, this.reductions, null,
					this.notes, this.hostApprovedOn, this.periodFrom, this.periodTo, this.methodologyChoice, this.sourceUrl,
					this.sourceTitle, this.retrievedOn, this.content);
		}

		/** This (hand-compiled) activity, its blanks filled from the pipeline's row on the same activity. */
		Activity filledFrom(Activity pipeline) {
			List<String> both = new ArrayList<>(this.content);
			both.addAll(pipeline.content);
			return new Activity(this.slug, this.host, pipeline.otherHosts, this.title, this.origin,
					or(this.form, pipeline.form), this.stage, or(this.stageOn, pipeline.stageOn),
					or(this.activityType, pipeline.activityType), pipeline.activityTypeInSource,
					or(this.methodology, pipeline.methodology), or(this.reductions, pipeline.reductions),
					or(this.reference, pipeline.reference), this.notes, pipeline.hostApprovedOn, pipeline.periodFrom,
					pipeline.periodTo, pipeline.methodologyChoice, this.sourceUrl, this.sourceTitle, this.retrievedOn, both);
		}

		private static <T> @Nullable T or(@Nullable T value, @Nullable T otherwise) {
			return (value != null) ? value : otherwise;
		}

	}

}
