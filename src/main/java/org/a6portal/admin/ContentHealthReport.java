package org.a6portal.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.a6portal.contenthealth.ContentHealthCheck;
import org.a6portal.contenthealth.ContentWarning;
import org.a6portal.history.ContentRevision;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every content warning across the portal. Checking every record takes about a second at full data and about 40 s
 * at 100 times it (245,900 PACM activities, streamed), so the report is kept until the content revision moves on or
 * the day changes (a record's age is a warning too).
 */
@Component
class ContentHealthReport {

	private final RecordEditing editing;

	private final ContentRevision revision;

	private final Clock clock = Clock.systemUTC();

	private final AtomicReference<Report> latest = new AtomicReference<>();

	private final EntityManager entityManager;

	ContentHealthReport(RecordEditing editing, ContentRevision revision, EntityManager entityManager) {
		this.editing = editing;
		this.revision = revision;
		this.entityManager = entityManager;
	}

	/** The records with warnings, by kind and title. */
	@Transactional(readOnly = true)
	List<Finding> findings() {
		// read before the records, so a report is never labelled with a revision newer than what it saw
		long current = this.revision.current();
		LocalDate today = LocalDate.now(this.clock);
		Report report = this.latest.get();
		if (report == null || report.revision() != current || !report.day().equals(today)) {
			report = new Report(current, today, check());
			this.latest.set(report);
		}
		return report.findings();
	}

	private List<Finding> check() {
		ContentHealthCheck checker = this.editing.checker();
		List<Finding> findings = new ArrayList<>();
		for (EditableRecords<?, ?> kind : this.editing.kinds()) {
			collect(kind, checker, findings);
		}
		findings.sort(Comparator.comparing(Finding::kind).thenComparing(Finding::label));
		return List.copyOf(findings);
	}

	private <E, F extends RecordForm> void collect(EditableRecords<E, F> kind, ContentHealthCheck checker,
			List<Finding> findings) {
		// a kind may stream its records from the database (every PACM activity): each is let go of once checked, so
		// the persistence context does not hold them all (at 100 times the seed, a 256 MB heap ran out)
		try (Stream<E> records = kind.all()) {
			records.forEach((entity) -> {
				List<ContentWarning> warnings = this.editing.warnings(kind, kind.toForm(entity), checker);
				if (!warnings.isEmpty()) {
					findings.add(new Finding(kind.entityType(), kind.labelOf(entity),
							kind.kind().editPath(kind.idOf(entity)), kind.isPublished(entity),
							List.copyOf(new TreeSet<>(kind.countriesOf(entity))), warnings));
				}
				this.entityManager.detach(entity);
			});
		}
	}

	/** The kinds of record the report checks, by their change-log names, in name order. */
	List<String> kinds() {
		return this.editing.kinds().stream().map(EditableRecords::entityType).sorted().toList();
	}

	private record Report(long revision, LocalDate day, List<Finding> findings) {
	}

	/**
	 * @param kind the kind of record
	 * @param label its title
	 * @param editPath the form that fixes it
	 * @param published whether the public sees it
	 * @param countries the iso2 codes of the countries it touches (its country, Parties, host), in code order
	 * @param warnings what to look at
	 */
	record Finding(String kind, String label, String editPath, boolean published, List<String> countries,
			List<ContentWarning> warnings) {
	}

}
