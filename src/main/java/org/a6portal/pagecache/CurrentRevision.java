package org.a6portal.pagecache;

import java.util.concurrent.atomic.AtomicLong;

import org.a6portal.history.ChangeRecorded;
import org.a6portal.history.ContentRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The content revision as this instance knows it, without a query per request: advanced at once when a change
 * recorded here commits, and read from PostgreSQL twice a second so that changes made on other instances (or by
 * hand) are seen within a second.
 */
@Component
public class CurrentRevision {

	private static final Logger logger = LoggerFactory.getLogger(CurrentRevision.class);

	private final ContentRevision database;

	private final AtomicLong revision = new AtomicLong(-1);

	CurrentRevision(ContentRevision database) {
		this.database = database;
	}

	public long get() {
		long known = this.revision.get();
		return (known >= 0) ? known : refresh();
	}

	@Scheduled(fixedDelayString = "${portal.page-cache.revision-poll:500ms}")
	long refresh() {
		try {
			long current = this.database.current();
			this.revision.accumulateAndGet(current, Math::max);
			return this.revision.get();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the content revision: {}", ex.getMessage());
			return -1;
		}
	}

	/** Moves the known revision forward (never back); returns the revision now known. */
	long advanceTo(long revision) {
		return this.revision.accumulateAndGet(revision, Math::max);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void changeCommitted(ChangeRecorded change) {
		this.revision.accumulateAndGet(change.revision(), Math::max);
	}

}
