package org.a6portal.feed;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An Atom feed (RFC 4287) ready to be written: every text already in the reader's language, every link absolute.
 *
 * @param id the feed's permanent id
 * @param title its title
 * @param language the language of its texts ({@code xml:lang})
 * @param selfUrl where the feed itself is
 * @param alternateUrl the page it follows
 * @param updated when it last changed (its newest entry's time, or now when it has none)
 * @param author who writes it (the portal's editors, never one editor)
 * @param entries newest first
 */
record AtomFeed(String id, String title, Locale language, String selfUrl, String alternateUrl, Instant updated,
		String author, List<Entry> entries) {

	/**
	 * One change.
	 *
	 * @param id its permanent id
	 * @param title what happened to which record
	 * @param updated when
	 * @param link the public page that shows the record
	 * @param related the pages of the other countries it touches
	 * @param category the kind of record: term and label
	 * @param categoryLabel the kind of record in words
	 * @param summary the names of the fields that changed (or what the change did)
	 */
	record Entry(String id, String title, Instant updated, String link, List<String> related, String category,
			String categoryLabel, String summary) {
	}

}
