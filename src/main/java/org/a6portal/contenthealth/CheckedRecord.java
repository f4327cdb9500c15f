package org.a6portal.contenthealth;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What is checked: the texts of one record, where it belongs, its source, when it was last reviewed.
 *
 * @param countryIso2 the country the record belongs to, or {@code null} if none
 * @param mentionableCountries the iso2 codes of countries legitimately named (partners of an approach, the countries
 * of a capacity-building project, the own country)
 * @param texts field name to text (plain or Markdown), in the order the fields should be reported
 * @param countrySpecificFields the text fields that must speak only of the record's own country
 * @param sourceUrl the record's source URL; {@code null} or blank when missing
 * @param links field name to the value of a URL field, checked like the source URL but allowed to be absent
 * @param lastReviewedOn when an editor last reviewed the record, or {@code null} if unknown
 */
public record CheckedRecord(@Nullable String countryIso2, Set<String> mentionableCountries, Map<String, String> texts,
		Set<String> countrySpecificFields, @Nullable String sourceUrl, Map<String, String> links,
		@Nullable LocalDate lastReviewedOn) {

	public CheckedRecord {
		mentionableCountries = Set.copyOf(mentionableCountries);
		texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
		countrySpecificFields = Set.copyOf(countrySpecificFields);
		links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
	}

}
