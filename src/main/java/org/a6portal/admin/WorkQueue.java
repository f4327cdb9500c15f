package org.a6portal.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.a6portal.history.ContentRevision;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What an editor has to do, from every record of every kind: the drafts (by country), the published records due for
 * review, and every record touching one country. A record is <em>due for review</em> when it is published and its
 * "last reviewed" date ({@code last_reviewed_on}, set on the form) lies more than {@code portal.review.after-months}
 * months (12 unless set) before today.
 */
@Service
public class WorkQueue {

	private final RecordEditing editing;

	private final ContentRevision revision;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	private final java.util.concurrent.atomic.AtomicReference<Snapshot> latest = new java.util.concurrent.atomic.AtomicReference<>();

	private final int reviewAfterMonths;

	private final Clock clock = Clock.systemUTC();

	WorkQueue(RecordEditing editing, ContentRevision revision,
			org.springframework.transaction.PlatformTransactionManager transactionManager,
			@Value("${portal.review.after-months:12}") int reviewAfterMonths) {
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
		this.editing = editing;
		this.revision = revision;
		this.reviewAfterMonths = reviewAfterMonths;
	}

	/** How many months after its last review a published record is due again. */
	public int reviewAfterMonths() {
		return this.reviewAfterMonths;
	}

	/** The drafts, by country (alpha-2 code, in code order); a draft touching no country under {@code ""}. */
	public Map<String, List<Item>> draftsByCountry() {
		Map<String, List<Item>> drafts = new TreeMap<>();
		for (Item item : snapshot().items()) {
			if (!item.published()) {
				for (String country : item.countries().isEmpty() ? Set.of("") : item.countries()) {
					drafts.computeIfAbsent(country, (key) -> new ArrayList<>()).add(item);
				}
			}
		}
		return drafts;
	}

	/** The published records last reviewed before the cut-off, the longest unreviewed first. */
	public List<Item> dueForReview() {
		LocalDate cutOff = LocalDate.now(this.clock).minusMonths(this.reviewAfterMonths);
		return snapshot().items()
			.stream()
			.filter((item) -> item.published() && item.lastReviewedOn() != null && item.lastReviewedOn().isBefore(cutOff))
			.sorted(Comparator.comparing(Item::lastReviewedOn).thenComparing(Item::label))
			.toList();
	}

	/** Every record touching the country, drafts included, by kind and label. */
	public List<Item> forCountry(String iso2) {
		return snapshot().items().stream().filter((item) -> item.countries().contains(iso2)).toList();
	}

	/**
	 * Every sourced record, read once per content revision and day (like the content-health report): the dashboard
	 * is the page every editor loads first, and reading every record each time held a database connection long
	 * enough to starve the pool under parallel page loads. Any change through the portal moves the revision on.
	 */
	private synchronized Snapshot snapshot() {
		// one reader at a time, the others wait holding no connection, then find the fresh snapshot
		long current = this.revision.current();
		LocalDate today = LocalDate.now(this.clock);
		Snapshot snapshot = this.latest.get();
		if (snapshot == null || snapshot.revision() != current || !snapshot.day().equals(today)) {
			snapshot = new Snapshot(current, today, this.transactions.execute((status) -> read()));
			this.latest.set(snapshot);
		}
		return snapshot;
	}

	/** Forgets what was read, for records changed behind the portal's back (SQL in tests). */
	void forget() {
		this.latest.set(null);
	}

	private List<Item> read() {
		List<Item> items = new ArrayList<>();
		for (EditableRecords<?, ?> kind : this.editing.kinds()) {
			collect(kind, items);
		}
		items.sort(Comparator.comparing(Item::kind).thenComparing(Item::label));
		return List.copyOf(items);
	}

	private <E, F extends RecordForm> void collect(EditableRecords<E, F> kind, List<Item> items) {
		if (!SourcedRecordForm.class.isAssignableFrom(kind.formType())) {
			return; // countries and sectors: reference data, never drafts, not reviewed
		}
		kind.all().forEach((entity) -> {
			F form = kind.toForm(entity);
			LocalDate reviewed = ((SourcedRecordForm) form).getLastReviewedOn();
			items.add(new Item(kind.entityType(), kind.labelOf(entity), kind.kind().editPath(kind.idOf(entity)),
					kind.isPublished(entity), Set.copyOf(kind.countriesOf(entity)), reviewed));
		});
	}

	private record Snapshot(long revision, LocalDate day, List<Item> items) {
	}

	/**
	 * One record in the queue.
	 * @param kind its kind ({@code cooperative_approach})
	 * @param label its title
	 * @param editPath its form
	 * @param published whether the public sees it
	 * @param countries the countries it touches
	 * @param lastReviewedOn when an editor last checked it against its source
	 */
	public record Item(String kind, String label, String editPath, boolean published, Set<String> countries,
			@Nullable LocalDate lastReviewedOn) {
	}

}
