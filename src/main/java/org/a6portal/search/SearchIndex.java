package org.a6portal.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * The search index (table {@code search_entry}, migration V20): how many records of each kind match, the first
 * few of each kind, a page of one kind, and country names like a word that found nothing. Every query goes through
 * the index's GIN index ({@code SearchQueryPlanIntegrationTests}).
 */
@Repository
class SearchIndex {

	/** The query of the words: its text is the function call, its one parameter the words. */
	static final String QUERY = "search_query(string_to_array(:words, ' '))";

	private static final String MATCH = "e.document @@ " + QUERY;

	/**
	 * Counts stop here: a kind's matches are counted, ranked and listed up to this many, so a word most records hold
	 * costs no more than a rare one.
	 */
	static final int CAP = 1000;

	/** Every kind's code, as rows: each kind's matches are read on their own, from its own part of the index. */
	private static final String KINDS = "(VALUES " + Arrays.stream(SearchKind.values())
		.map((kind) -> "('" + kind.getCode() + "')")
		.collect(Collectors.joining(", ")) + ") k(kind)";

	/** How many records of each kind match, each counted up to one more than {@link #CAP}. */
	static final String COUNTS = "SELECT k.kind, (SELECT count(*) FROM (SELECT 1 FROM search_entry e WHERE e.kind = k.kind COLLATE \"C\" AND "
			+ MATCH + " LIMIT " + (CAP + 1) + ") m) AS n FROM " + KINDS;

	private static final String TITLE = "CASE :lang WHEN 'es' THEN coalesce(e.title_es, e.title) "
			+ "WHEN 'fr' THEN coalesce(e.title_fr, e.title) ELSE e.title END";

	/** A kind's candidates: its first {@link #CAP} matches in the index's order (the order records were stored). */
	private static final String CANDIDATES = "SELECT e.kind, e.slug, e.record_key, e.title AS sort_title, " + TITLE
			+ " AS title, e.body, e.document FROM search_entry e WHERE e.kind = %s COLLATE \"C\" AND " + MATCH + " LIMIT " + CAP;

	private static final String RANK = "row_number() OVER (PARTITION BY c.kind ORDER BY ts_rank(c.document, " + QUERY
			+ ") DESC, c.sort_title, c.record_key) AS n";

	/** Headline options: markers no record holds (they are taken out of the text first), turned into mark elements. */
	private static final String MARKS = "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)";

	private static final String HEADLINES = "SELECT r.kind, r.slug, "
			+ "ts_headline('search_headline', translate(r.title, chr(57344) || chr(57345), ''), " + QUERY + ", "
			+ MARKS + " || ', HighlightAll=true') AS title, "
			+ "CASE WHEN r.body IS NULL THEN NULL ELSE ts_headline('search_headline', "
			+ "translate(r.body, chr(57344) || chr(57345), ''), " + QUERY + ", " + MARKS
			+ " || ', MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=\" … \"') END AS snippet ";

	/** The best {@code :first} of each kind's candidates. */
	static final String FIRST_OF_EACH = HEADLINES + "FROM (SELECT c.kind, c.slug, c.title, c.body, " + RANK + " FROM "
			+ KINDS + " CROSS JOIN LATERAL (" + CANDIDATES.formatted("k.kind")
			+ ") c) r WHERE r.n <= :first ORDER BY r.kind, r.n";

	/** A page of one kind's candidates, best first. */
	static final String PAGE_OF_KIND = HEADLINES + "FROM (SELECT c.kind, c.slug, c.title, c.body, " + RANK + " FROM ("
			+ CANDIDATES.formatted("CAST(:kind AS text)") + ") c) r WHERE r.n > :offset AND r.n <= :offset + :size ORDER BY r.n";

	/** Country names that look like the words: pg_trgm's word similarity, in the schema the extension lives in. */
	private static final String SUGGESTIONS = "SELECT c.slug, CASE :lang WHEN 'es' THEN c.name_es WHEN 'fr' THEN c.name_fr "
			+ "ELSE c.name_en END AS name FROM country c, "
			+ "LATERAL (SELECT %1$s.word_similarity(search_unaccent(:text), search_unaccent(c.name_en) || ' ' "
			+ "|| search_unaccent(c.name_es) || ' ' || search_unaccent(c.name_fr)) AS likeness) s "
			+ "WHERE s.likeness > 0.6 ORDER BY s.likeness DESC, c.slug LIMIT 3";

	// both plain scans off: the GIN index (as a bitmap scan) is the only way left to the matching records
	static final String PREFER_INDEX = "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off";

	private final JdbcClient jdbc;

	private volatile @Nullable String trigramSchema;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Within the search's transaction, read through the index. The common words of this data ("energy", "cookstove")
	 * match a fifth or more of the records, where the planner rates a sequential scan about even with the index; but a
	 * sequential scan reads and decompresses every record's tsvector, while the index answers the counts from its
	 * posting lists and visits only the matching rows.
	 */
	void preferIndex() {
		this.jdbc.sql(PREFER_INDEX).update();
	}

	/**
	 * How many records of each kind match, in the kinds' order; kinds with none left out. A count over {@link #CAP}
	 * stops at one more than it: more than {@link #CAP} match.
	 */
	Map<SearchKind, Long> counts(SearchQuery query) {
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		this.jdbc.sql(COUNTS).param("words", query.wordList()).query((rs) -> {
			String kind = rs.getString("kind");
			long n = rs.getLong("n");
			if (n > 0) {
				SearchKind.of(kind).ifPresent((found) -> counts.put(found, n));
			}
		});
		return counts;
	}

	/** The best {@code first} matches of every kind (of its first {@link #CAP}). */
	List<Hit> firstOfEach(SearchQuery query, int first, Locale locale) {
		return this.jdbc.sql(FIRST_OF_EACH)
			.param("words", query.wordList())
			.param("lang", locale.getLanguage())
			.param("first", first)
			.query((rs, row) -> hit(rs.getString("kind"), rs.getString("slug"), rs.getString("title"),
					rs.getString("snippet")))
			.list();
	}

	/** A page of one kind's matches, best first (its first {@link #CAP}, ranked). */
	List<Hit> page(SearchQuery query, SearchKind kind, Locale locale) {
		return this.jdbc.sql(PAGE_OF_KIND)
			.param("words", query.wordList())
			.param("lang", locale.getLanguage())
			.param("kind", kind.getCode())
			.param("offset", query.offset())
			.param("size", SearchQuery.PAGE_SIZE)
			.query((rs, row) -> hit(rs.getString("kind"), rs.getString("slug"), rs.getString("title"),
					rs.getString("snippet")))
			.list();
	}

	/** Countries whose names look like what was typed (trigram word similarity), for a search that found nothing. */
	List<Suggestion> suggestions(SearchQuery query, Locale locale) {
		return this.jdbc.sql(SUGGESTIONS.formatted(trigramSchema()))
			.param("text", query.wordList())
			.param("lang", locale.getLanguage())
			.query((rs, row) -> new Suggestion(rs.getString("slug"), rs.getString("name")))
			.list();
	}

	/** The schema pg_trgm lives in: read once, it does not move while the portal runs. */
	private String trigramSchema() {
		String schema = this.trigramSchema;
		if (schema == null) {
			schema = this.jdbc.sql("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
				.query(String.class)
				.single();
			this.trigramSchema = schema;
		}
		return schema;
	}

	private static Hit hit(String kind, String slug, String title, String snippet) {
		SearchKind found = SearchKind.of(kind).orElseThrow();
		return new Hit(found, found.href(slug), marked(title), (snippet != null) ? marked(snippet) : null);
	}

	/** The headline as safe HTML: everything escaped, then the markers made mark elements. */
	static String marked(String headline) {
		return HtmlUtils.htmlEscape(headline, "UTF-8").replace("\uE000", "<mark>").replace("\uE001", "</mark>");
	}

	/**
	 * A matching record.
	 * @param kind its kind
	 * @param href its own page
	 * @param titleHtml its title, escaped, the matching words marked
	 * @param snippetHtml a passage of its text around the matching words, escaped and marked; null if it has no text
	 */
	public record Hit(SearchKind kind, String href, String titleHtml, @org.jspecify.annotations.Nullable String snippetHtml) {
	}

	/** A country whose name looks like the search. */
	public record Suggestion(String slug, String name) {
	}

}
