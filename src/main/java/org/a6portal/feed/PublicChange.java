package org.a6portal.feed;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A change the public could see, as much of it as a feed may show: never the editor, never the values.
 *
 * @param id the change's id in {@code change_log}
 * @param entityType the kind of record ({@code cooperative_approach}, ...)
 * @param label the record's title or name
 * @param action what the change did ({@code create}, {@code update}, ...; {@code publish} or {@code unpublish}
 * where the record became public or stopped being public)
 * @param changedAt when
 * @param fields the names of the fields it changed, in the order recorded
 * @param countries the alpha-2 codes (upper case) of the countries it touches, in alphabetical order
 * @param recordSlug the slug of the record, where it has a page of its own and is published now
 */
public record PublicChange(long id, String entityType, String label, String action, Instant changedAt,
		List<String> fields, List<String> countries, @Nullable String recordSlug) {
}
