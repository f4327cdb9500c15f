package org.a6portal.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.NewChange;
import org.a6portal.seed.SeedBook.Decision;
import org.a6portal.seed.SeedLoader.SeedReport;
import org.a6portal.seed.SeedRows.Row;
import org.a6portal.sustainabledevelopment.PartialDate;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentKinds;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A host Party's Article 6 institutions and rules ({@code participation_requirements.csv}) as sustainable-development
 * statements. Rows that share an {@code id} describe one rule from two sources (Kenya's regulations: a law firm's
 * note and a law database's entry): the first row gives the record, the second its second source and a further
 * paragraph. A rule is dated as far as its source dates it ({@code 2024}, {@code 2022-12}, {@code 2024-05-17}); its
 * content is dated by the day its sources were read.
 */
final class SdSeed {

	private final JdbcClient jdbc;

	private final ChangeLog changeLog;

	SdSeed(JdbcClient jdbc, ChangeLog changeLog) {
		this.jdbc = jdbc;
		this.changeLog = changeLog;
	}

	void load(List<Row> rows, Set<String> countries, SeedReport report) {
		Map<String, List<Row>> byId = rows.stream()
			.collect(Collectors.groupingBy((row) -> row.required("id"), LinkedHashMap::new, Collectors.toList()));
		SeedBook book = new SeedBook(this.jdbc, SustainableDevelopmentKinds.SD_STATEMENT.entityType(), "SELECT slug, updated_at FROM sd_statement");
		byId.forEach((slug, group) -> {
			Row row = group.get(0);
			String iso2 = row.required("country_iso2").toUpperCase(Locale.ROOT);
			if (group.size() > 2 || group.stream().anyMatch((other) -> !iso2.equalsIgnoreCase(other.required("country_iso2")))) {
				throw new IllegalStateException("Seed rule " + slug + ": at most two rows, of one country");
			}
			if (!countries.contains(iso2)) {
				report.skip(slug + ": unknown Party " + iso2);
				return;
			}
			List<String> content = new ArrayList<>();
			group.forEach((member) -> content.addAll(member.values()));
			String checksum = SeedBook.checksum(content);
			Decision decision = book.decide(slug, checksum);
			report.count(SustainableDevelopmentKinds.SD_STATEMENT.entityType(), decision);
			if (!decision.writes()) {
				return;
			}
			@Nullable Row second = (group.size() > 1) ? group.get(1) : null;
			String body = row.required("summary") + ((second != null) ? "\n\n" + second.required("summary") : "");
			@Nullable PartialDate published = published(slug, row.text("published_on"));
			LocalDate retrievedOn = Objects.requireNonNull(row.date("retrieved_on"), () -> slug + " has no retrieved_on");
			long id = this.jdbc.sql("""
					INSERT INTO sd_statement (slug, country_iso2, topic, mechanism, title, authority, published_on,
					    published_on_precision, body, other_source_url, other_source_title, publication_status,
					    source_url, source_title, source_retrieved_on, last_reviewed_on)
					VALUES (:slug, :iso2, :topic, :mechanism, :title, :authority, :publishedOn, :precision, :body,
					        :otherUrl, :otherTitle, :publication, :sourceUrl, :sourceTitle, :retrievedOn, :retrievedOn)
					ON CONFLICT (slug) DO UPDATE SET country_iso2 = excluded.country_iso2, topic = excluded.topic,
					    mechanism = excluded.mechanism, title = excluded.title, authority = excluded.authority,
					    published_on = excluded.published_on, published_on_precision = excluded.published_on_precision,
					    body = excluded.body, other_source_url = excluded.other_source_url,
					    other_source_title = excluded.other_source_title, publication_status = excluded.publication_status,
					    source_url = excluded.source_url, source_title = excluded.source_title,
					    source_retrieved_on = excluded.source_retrieved_on, last_reviewed_on = excluded.last_reviewed_on,
					    version = sd_statement.version + 1, updated_at = now()
					RETURNING id
					""")
				.param("slug", slug)
				.param("iso2", iso2)
				.param("topic", row.required("topic"))
				.param("mechanism", row.required("mechanism"))
				.param("title", row.required("title"))
				.param("authority", row.text("authority"))
				.param("publishedOn", (published != null) ? published.date() : null, java.sql.Types.DATE)
				.param("precision", (published != null) ? published.precision().code() : null, java.sql.Types.VARCHAR)
				.param("body", body)
				.param("otherUrl", (second != null) ? second.text("source_url") : null, java.sql.Types.VARCHAR)
				.param("otherTitle", (second != null) ? second.text("source_title") : null, java.sql.Types.VARCHAR)
				.param("publication", (row.text("source_url") != null) ? "published" : "draft")
				.param("sourceUrl", row.text("source_url"))
				.param("sourceTitle", row.required("source_title"))
				.param("retrievedOn", retrievedOn)
				.query(Long.class)
				.single();
			book.remember(slug, checksum);
			this.changeLog.record(NewChange.seeded(SustainableDevelopmentKinds.SD_STATEMENT.entityType(), String.valueOf(id), row.required("title"),
					(decision == Decision.INSERT) ? ChangeAction.CREATE : ChangeAction.UPDATE,
					row.text("source_url") != null, Set.of(iso2), SeedLoader.startOf(retrievedOn)));
		});
	}

	private static @Nullable PartialDate published(String slug, @Nullable String text) {
		if (text == null) {
			return null;
		}
		return PartialDate.parse(text)
			.orElseThrow(() -> new IllegalStateException("Seed rule " + slug + ": unreadable date " + text));
	}

}
