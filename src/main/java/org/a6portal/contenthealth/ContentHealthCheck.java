package org.a6portal.contenthealth;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.a6portal.contenthealth.ContentWarning.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Checks a record's content for problems an editor should look at, returning warnings and never blocking a save.
 * <p>
 * Warnings come grouped by field: the text fields in the order of {@link CheckedRecord#texts()}, then
 * {@code sourceUrl}, then the URL fields in the order of {@link CheckedRecord#links()}, then {@code lastReviewedOn};
 * within a field they follow the order of {@link Kind}. Nothing is ever fetched: links are judged by their form.
 * Instances are immutable and may be shared.
 */
public final class ContentHealthCheck {

	static final String SOURCE_URL_FIELD = "sourceUrl";

	static final String LAST_REVIEWED_ON_FIELD = "lastReviewedOn";

	private static final int MONTHS_BEFORE_STALE = 12;

	private final CountryNames countryNames;

	private final Clock clock;

	/**
	 * Creates a check that recognises the given countries' names and reads today's date from the clock, in UTC.
	 * @param countries every country whose name should be recognised, with its names in each language
	 * @param clock the clock that says what today is
	 */
	public ContentHealthCheck(Collection<CountryName> countries, Clock clock) {
		this.countryNames = new CountryNames(countries);
		this.clock = clock;
	}

	/**
	 * The warnings about a record's content, in a stable order; empty when nothing looks wrong.
	 * @param record the record's texts, links, source and review date
	 * @return the warnings, grouped by field and then in the order of {@link Kind}
	 */
	public List<ContentWarning> check(CheckedRecord record) {
		Warnings warnings = new Warnings();
		Set<String> nameableCountries = nameableCountries(record);
		record.texts().forEach((field, text) -> {
			if (text != null) {
				checkText(field, text, record.countrySpecificFields().contains(field), nameableCountries, warnings);
			}
		});
		checkSourceUrl(record.sourceUrl(), warnings);
		record.links().forEach((field, url) -> {
			if (url != null && !url.isBlank()) {
				checkUrl(field, url.strip(), warnings);
			}
		});
		checkReview(record.lastReviewedOn(), warnings);
		return warnings.inOrder();
	}

	private void checkText(String field, String text, boolean countrySpecific, Set<String> nameableCountries,
			Warnings warnings) {
		List<Links.InText> links = Links.in(text);
		String prose = withoutUrls(text, links);
		for (String placeholder : Placeholders.in(prose)) {
			warnings.add(Kind.PLACEHOLDER_TEXT, field, placeholder);
		}
		for (String words : CompilerWords.in(prose)) {
			warnings.add(Kind.COMPILER_WORDS, field, words);
		}
		for (String word : SentenceStarts.in(prose, languageOf(field))) {
			warnings.add(Kind.TRUNCATED_WORD, field, word);
		}
		if (countrySpecific) {
			Set<String> reported = new HashSet<>();
			for (CountryNames.Mention mention : this.countryNames.in(prose)) {
				if (mention.iso2s().stream().noneMatch(nameableCountries::contains) && reported.add(mention.iso2s().getFirst())) {
					warnings.add(Kind.OTHER_COUNTRY_NAME, field, mention.name(), mention.iso2s().getFirst());
				}
			}
		}
		for (String sentence : RepeatedSentences.in(text)) {
			warnings.add(Kind.REPEATED_SENTENCE, field, sentence);
		}
		for (Links.InText link : links) {
			if (!link.isNonWebTarget()) {
				checkUrl(field, link.url(), warnings);
			}
		}
	}

	/** The language of a text field: Spanish or French for a field named so ({@code nameEs}), else English. */
	private static String languageOf(String field) {
		if (field.endsWith("Es")) {
			return "es";
		}
		return field.endsWith("Fr") ? "fr" : "en";
	}

	/** The text with every URL blanked out, so that ".../wiki/India" or ".../todo" is not read as prose. */
	private static String withoutUrls(String text, List<Links.InText> links) {
		StringBuilder prose = new StringBuilder(text);
		for (Links.InText link : links) {
			for (int index = link.start(); index < link.end(); index++) {
				prose.setCharAt(index, ' ');
			}
		}
		return prose.toString();
	}

	private static void checkSourceUrl(@Nullable String sourceUrl, Warnings warnings) {
		if (sourceUrl == null || sourceUrl.isBlank()) {
			warnings.add(Kind.MISSING_SOURCE_URL, SOURCE_URL_FIELD);
		}
		else {
			checkUrl(SOURCE_URL_FIELD, sourceUrl.strip(), warnings);
		}
	}

	private static void checkUrl(String field, String url, Warnings warnings) {
		switch (Links.judge(url)) {
			case MALFORMED -> warnings.add(Kind.MALFORMED_LINK, field, url);
			case SUSPICIOUS -> warnings.add(Kind.SUSPICIOUS_LINK, field, url);
			case SOUND -> {
			}
		}
	}

	private void checkReview(@Nullable LocalDate lastReviewedOn, Warnings warnings) {
		if (lastReviewedOn == null) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		if (lastReviewedOn.isBefore(today.minusMonths(MONTHS_BEFORE_STALE))) {
			long months = ChronoUnit.MONTHS.between(lastReviewedOn, today);
			warnings.add(Kind.STALE_RECORD, LAST_REVIEWED_ON_FIELD, lastReviewedOn.toString(), Long.toString(months));
		}
	}

	/** The record's own country and the countries it may name, as upper-case iso2 codes. */
	private static Set<String> nameableCountries(CheckedRecord record) {
		Set<String> nameable = new HashSet<>();
		if (record.countryIso2() != null) {
			nameable.add(record.countryIso2().strip().toUpperCase(Locale.ROOT));
		}
		record.mentionableCountries().forEach((iso2) -> nameable.add(iso2.strip().toUpperCase(Locale.ROOT)));
		return nameable;
	}

	/**
	 * The warnings found so far, each once, grouped by field in the order the fields were first warned about.
	 */
	private static final class Warnings {

		private final Map<String, Set<ContentWarning>> byField = new LinkedHashMap<>();

		void add(Kind kind, String field, String... arguments) {
			this.byField.computeIfAbsent(field, (key) -> new LinkedHashSet<>())
				.add(new ContentWarning(kind, field, List.of(arguments)));
		}

		List<ContentWarning> inOrder() {
			List<ContentWarning> ordered = new ArrayList<>();
			for (Set<ContentWarning> fieldWarnings : this.byField.values()) {
				List<ContentWarning> sorted = new ArrayList<>(fieldWarnings);
				sorted.sort(Comparator.comparing(ContentWarning::kind));
				ordered.addAll(sorted);
			}
			return List.copyOf(ordered);
		}

	}

}
