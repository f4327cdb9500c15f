package org.a6portal.api;

import java.time.LocalDate;
import java.util.Objects;

import org.a6portal.common.Source;
import org.a6portal.common.SourcedRecord;

/**
 * Where a record's facts come from. Every published record cites a web page.
 *
 * @param url the cited page or document
 * @param title its title
 * @param retrievedOn when an editor last read it
 */
public record SourceRepresentation(String url, String title, LocalDate retrievedOn) {

	public static SourceRepresentation of(SourcedRecord record) {
		Source source = Objects.requireNonNull(record.getSource(), () -> "published record without source: " + record.getSlug());
		return new SourceRepresentation(Objects.requireNonNull(source.url(), () -> "published record without source URL: "
				+ record.getSlug()), source.title(), source.retrievedOn());
	}

}
