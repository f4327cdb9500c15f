package org.a6portal.feed;

import java.util.Locale;

import org.a6portal.common.RecordPage;
import org.a6portal.common.RecordSlug;
import org.a6portal.cooperation.NoSuchApproachException;
import org.a6portal.pacm.NoSuchActivityException;
import org.a6portal.sustainabledevelopment.NoSuchInitialReportException;
import org.a6portal.web.PortalAddress;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A record's own Atom feed of public changes, beside its page: {@code /cooperative-approaches/{slug}/changes.atom},
 * {@code /pacm-activities/{slug}/changes.atom}, {@code /initial-reports/{slug}/changes.atom}. Stamped with the
 * record's own last public change ({@link RecordPage}); a draft or unknown slug is a 404, a malformed one a 400.
 */
@Controller
class RecordFeedController {

	private final ChangeFeeds feeds;

	private final PublicChanges changes;

	private final PortalAddress address;

	RecordFeedController(ChangeFeeds feeds, PublicChanges changes, PortalAddress address) {
		this.feeds = feeds;
		this.changes = changes;
		this.address = address;
	}

	@GetMapping("/cooperative-approaches/{slug}/changes.atom")
	@RecordPage(entityType = "cooperative_approach", table = "cooperative_approach")
	ResponseEntity<byte[]> approach(@PathVariable String slug, Locale locale) {
		PublicChanges.FeedRecord record = this.changes.record("cooperative_approach", RecordSlug.check(slug));
		if (record == null) {
			throw new NoSuchApproachException(slug);
		}
		return atom("cooperative_approach", slug, record, locale);
	}

	@GetMapping("/pacm-activities/{slug}/changes.atom")
	@RecordPage(entityType = "pacm_activity", table = "pacm_activity")
	ResponseEntity<byte[]> pacmActivity(@PathVariable String slug, Locale locale) {
		PublicChanges.FeedRecord record = this.changes.record("pacm_activity", RecordSlug.check(slug));
		if (record == null) {
			throw new NoSuchActivityException(slug);
		}
		return atom("pacm_activity", slug, record, locale);
	}

	@GetMapping("/initial-reports/{slug}/changes.atom")
	@RecordPage(entityType = "initial_report", table = "initial_report")
	ResponseEntity<byte[]> initialReport(@PathVariable String slug, Locale locale) {
		PublicChanges.FeedRecord record = this.changes.record("initial_report", RecordSlug.check(slug));
		if (record == null) {
			throw new NoSuchInitialReportException(slug);
		}
		return atom("initial_report", slug, record, locale);
	}

	private ResponseEntity<byte[]> atom(String entityType, String slug, PublicChanges.FeedRecord record, Locale locale) {
		AtomFeed feed = this.feeds.record(entityType, record.id(), slug, record.title(), this.address.baseUrl(), locale);
		return ResponseEntity.ok().contentType(ChangesFeedController.ATOM).body(AtomWriter.write(feed));
	}

}
