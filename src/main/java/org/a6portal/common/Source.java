package org.a6portal.common;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Where a record's facts come from: the cited page or document, and when an editor last read it.
 *
 * @param url the cited page ({@code http(s)://}); a draft may not have one yet
 * @param title the title of the cited page or document
 * @param retrievedOn when an editor last read the source
 */
@Embeddable
public record Source(@Column(name = "source_url") @Nullable String url,
		@Column(name = "source_title") String title,
		@Column(name = "source_retrieved_on") LocalDate retrievedOn) {
}
