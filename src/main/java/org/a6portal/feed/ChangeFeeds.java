package org.a6portal.feed;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.a6portal.country.Country;
import org.a6portal.history.FieldLabels;
import org.a6portal.record.RecordKind;
import org.a6portal.record.RecordKinds;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the latest public changes into the portal's feed and a country's feed: titles and summaries from the
 * message bundle in the reader's language, changed fields by their labels, links to the record's own page where it
 * has one (and is published), else to the section of the country page that shows it; and a record's own feed.
 */
@Component
class ChangeFeeds {

	/** How many changes a feed holds. */
	static final int SIZE = 50;

	private static final String ID_PREFIX = "urn:a6portal:";

	/** Fields a change may record that mean nothing to readers: internal identifiers and the publication itself. */
	private static final java.util.Set<String> HIDDEN_FIELDS = java.util.Set.of("slug", "publicationStatus", "version");

	private final PublicChanges changes;

	private final MessageSource messages;

	private final FieldLabels labels;

	private final RecordKinds kinds;

	ChangeFeeds(PublicChanges changes, MessageSource messages, FieldLabels labels, RecordKinds kinds) {
		this.changes = changes;
		this.messages = messages;
		this.labels = labels;
		this.kinds = kinds;
	}

	/**
	 * The portal's latest public changes.
	 * @param baseUrl the portal's absolute address (scheme, host, context path), without a trailing slash
	 */
	AtomFeed portal(String baseUrl, Locale locale) {
		List<AtomFeed.Entry> entries = this.changes.latest(SIZE)
			.stream()
			.map((change) -> entry(change, baseUrl, change.countries().isEmpty() ? null : change.countries().getFirst(),
					locale))
			.toList();
		return new AtomFeed(ID_PREFIX + "feed:changes", message("feed.portal.title", locale), locale,
				baseUrl + "/feeds/changes.atom", baseUrl + "/", updated(entries), message("feed.author", locale),
				entries);
	}

	/** The latest public changes touching one country. */
	AtomFeed country(Country country, String baseUrl, Locale locale) {
		List<AtomFeed.Entry> entries = this.changes.touching(country.getIso2(), SIZE)
			.stream()
			.map((change) -> entry(change, baseUrl, country.getIso2(), locale))
			.toList();
		String page = countryPage(baseUrl, country.getIso2());
		return new AtomFeed(ID_PREFIX + "feed:country:" + country.getCode(),
				message("feed.country.title", locale, country.name(locale)), locale, page + "/changes.atom", page,
				updated(entries), message("feed.author", locale), entries);
	}

	/**
	 * The latest public changes of one published record with a page of its own.
	 * @param entityType its kind ({@code cooperative_approach}, one with a {@link RecordKind#publicPage()})
	 * @param slug its slug
	 * @param title its title
	 */
	AtomFeed record(String entityType, long id, String slug, String title, String baseUrl, Locale locale) {
		List<AtomFeed.Entry> entries = this.changes.of(entityType, id, SIZE)
			.stream()
			.map((change) -> entry(change, baseUrl, null, locale))
			.toList();
		String page = baseUrl + pagePath(entityType) + slug;
		return new AtomFeed(ID_PREFIX + "feed:" + entityType + ":" + slug, message("feed.record.title", locale, title),
				locale, page + "/changes.atom", page, updated(entries), message("feed.author", locale), entries);
	}

	private AtomFeed.Entry entry(PublicChange change, String baseUrl, @Nullable String mainCountry, Locale locale) {
		String kind = this.messages.getMessage("feed.kind." + change.entityType(), null, change.entityType(), locale);
		String title = message("feed.entry.title." + change.action(), locale, kind, change.label());
		String pagePath = pagePath(change.entityType());
		String recordPage = (change.recordSlug() != null && pagePath != null) ? baseUrl + pagePath + change.recordSlug()
				: null;
		String section = section(change.entityType());
		String link = (recordPage != null) ? recordPage
				: (mainCountry != null) ? countryPage(baseUrl, mainCountry) + section
						: baseUrl + "/";
		// a record's own page is the entry's link; then every country's page is related, else the others'
		List<String> related = change.countries()
			.stream()
			.filter((iso2) -> recordPage != null || !iso2.equals(mainCountry))
			.map((iso2) -> countryPage(baseUrl, iso2) + section)
			.toList();
		return new AtomFeed.Entry(ID_PREFIX + "change:" + change.id(), title, change.changedAt(), link, related,
				change.entityType(), kind, summary(change, locale));
	}

	/**
	 * The changed fields as the forms label them, never their values nor the fields readers do not see (the slug, the
	 * publication status: the title says "published"); a deletion, a publication or a change without other detail
	 * says what it did.
	 */
	private String summary(PublicChange change, Locale locale) {
		List<String> fields = change.fields()
			.stream()
			.filter((field) -> !HIDDEN_FIELDS.contains(field))
			// a field without a label is never named by its internal name in public: "other details", once
			.map((field) -> this.labels.labelOr(change.entityType(), field, locale, message("record.field.other", locale)))
			.distinct()
			.toList();
		if ("delete".equals(change.action()) || fields.isEmpty()) {
			return message("feed.entry.summary." + change.action(), locale);
		}
		return message("feed.entry.summary.fields", locale, String.join(", ", fields));
	}

	/** The path the kind's own pages share ({@code /cooperative-approaches/}); {@code null} if it has none. */
	private @Nullable String pagePath(String entityType) {
		RecordKind.@Nullable PublicPage page = this.kinds.of(entityType).map(RecordKind::publicPage).orElse(null);
		return (page != null) ? page.path() : null;
	}

	/** The anchor of the country page's section that shows the kind; none for a country (the page itself). */
	private String section(String entityType) {
		return this.kinds.of(entityType)
			.map(RecordKind::section)
			.map((section) -> "#" + section.anchor())
			.orElse("");
	}

	private static Instant updated(List<AtomFeed.Entry> entries) {
		return entries.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElseGet(Instant::now);
	}

	private static String countryPage(String baseUrl, String iso2) {
		return baseUrl + "/countries/" + iso2.toLowerCase(Locale.ROOT);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
