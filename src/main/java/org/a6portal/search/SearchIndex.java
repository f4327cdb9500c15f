package org.a6portal.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * The search index (table {@code search_entry}, migrations V20 and V34): how many records of each kind match, the first
 * few of each kind, a page of one kind, and country names like a word that found nothing.
 * <p>
 * Each kind is read on its own, in one of two ways, both bounded ({@code SearchQueryPlanIntegrationTests}):
 * <ul>
 * <li>through the kind's GIN index (V34), which has to collect every match before the first row comes out: cheap
 * while few records match;</li>
 * <li>walking the kind's entries in the primary key's order, testing each, and stopping at {@link #CAP} + 1 matches
 * or {@link #WALK} entries: cheap when most records match ("energy", "e"), where the index would collect a quarter
 * of a million matches to show five.</li>
 * </ul>
 * A sample of the kind's first {@link #PROBE} entries chooses: if at least {@link #DENSE} of them match, the walk is
 * tried, and kept if it finds more than {@link #CAP} matches (its first {@link #CAP} are then the kind's candidates);
 * otherwise, and when it finds fewer, the index answers. The counts tell which kinds were walked, and the lists read
 * those kinds the same way, so the overview and a kind's own pages rank the same candidates.
 */
@Repository
class SearchIndex {

	/**
	 * The query of the words, computed once per statement (a sub-select the plan evaluates once, not once per entry
	 * a walk tests): its one parameter is the words.
	 */
	static final String QUERY = "(SELECT search_query(string_to_array(:words, ' ')))";

	private static final String MATCH = "e.document @@ " + QUERY;

	/**
	 * Counts stop here: a kind's matches are counted, ranked and listed up to this many, so a word most records hold
	 * costs no more than a rare one.
	 */
	static final int CAP = 1000;

	/** The sample of a kind's first entries (in the primary key's order) that tells whether most of them match. */
	static final int PROBE = 100;

	/** Matches in the sample above which the kind is walked: 15 %. */
	static final int DENSE = 15;

	/** The most entries a walk tests before the kind's index answers instead. */
	static final int WALK = 10_000;

	private static final String TITLE = "CASE :lang WHEN 'es' THEN coalesce(e.title_es, e.title) "
			+ "WHEN 'fr' THEN coalesce(e.title_fr, e.title) ELSE e.title END";

	private static final String COLUMNS = "e.kind, e.slug, e.record_key, e.title AS sort_title, " + TITLE
			+ " AS title, e.body, e.document";

	/** How many records of each kind match, each counted up to one more than {@link #CAP}, and which were walked. */
	static final String COUNTS = Arrays.stream(SearchKind.values())
		.map((kind) -> count(kind.getCode()))
		.collect(Collectors.joining(" UNION ALL "));

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

	/** The best {@code :first} of each kind's candidates ({@code :walked}: the kinds the counts walked). */
	static final String FIRST_OF_EACH = HEADLINES + "FROM (SELECT c.kind, c.slug, c.title, c.body, " + RANK + " FROM ("
			+ Arrays.stream(SearchKind.values())
				.map((kind) -> candidates(kind.getCode(), "TRUE"))
				.collect(Collectors.joining(" UNION ALL "))
			+ ") c) r WHERE r.n <= :first ORDER BY r.kind, r.n";

	/** A page of one kind's candidates, best first. */
	static final String PAGE_OF_KIND = HEADLINES + "FROM (SELECT c.kind, c.slug, c.title, c.body, " + RANK + " FROM ("
			+ Arrays.stream(SearchKind.values())
				.map((kind) -> candidates(kind.getCode(), "CAST(:kind AS text) = '" + kind.getCode() + "'"))
				.collect(Collectors.joining(" UNION ALL "))
			+ ") c) r WHERE r.n > :offset AND r.n <= :offset + :size ORDER BY r.n";

	/** Country names that look like the words: pg_trgm's word similarity, in the schema the extension lives in. */
	private static final String SUGGESTIONS = "SELECT c.slug, CASE :lang WHEN 'es' THEN c.name_es WHEN 'fr' THEN c.name_fr "
			+ "ELSE c.name_en END AS name FROM country c, "
			+ "LATERAL (SELECT %1$s.word_similarity(search_unaccent(:text), search_unaccent(c.name_en) || ' ' "
			+ "|| search_unaccent(c.name_es) || ' ' || search_unaccent(c.name_fr)) AS likeness) s "
			+ "WHERE s.likeness > 0.6 ORDER BY s.likeness DESC, c.slug LIMIT 3";

	// no sequential scan: each kind's matches come from its GIN index or from a bounded walk of the primary key
	static final String PREFER_INDEX = "SET LOCAL enable_seqscan = off";

	// for the counts only: the lists rank their candidates with a sort
	static final String NO_SORT = "SET LOCAL enable_sort = off";

	static final String SORT = "SET LOCAL enable_sort TO DEFAULT";

	private final JdbcClient jdbc;

	private volatile @Nullable String trigramSchema;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Within the search's transaction, read through the indexes. The common words of this data ("energy",
	 * "cookstove") match a fifth or more of the records, where the planner rates a sequential scan about even with the
	 * index; but a sequential scan reads and decompresses every record's tsvector.
	 */
	void preferIndex() {
		this.jdbc.sql(PREFER_INDEX).update();
	}

	/**
	 * How many records of each kind match, kinds with none left out, and the kinds whose candidates are the first
	 * {@link #CAP} of a walk. A count over {@link #CAP} stops at one more than it: more than {@link #CAP} match.
	 */
	Matches counts(SearchQuery query) {
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		Set<SearchKind> walked = EnumSet.noneOf(SearchKind.class);
		// no sort: on a small kind the planner would rather read all its entries and sort them than walk the primary
		// key and stop (at full data: energy's counts 21 ms against 6 ms)
		this.jdbc.sql(NO_SORT).update();
		this.jdbc.sql(COUNTS).param("words", query.wordList()).query((rs) -> {
			SearchKind kind = SearchKind.of(rs.getString("kind")).orElseThrow();
			long n = rs.getLong("n");
			if (n > 0) {
				counts.put(kind, n);
			}
			if (rs.getBoolean("walked")) {
				walked.add(kind);
			}
		});
		this.jdbc.sql(SORT).update();
		return new Matches(counts, walked);
	}

	/** The best {@code first} matches of every kind (of its first {@link #CAP}). */
	List<Hit> firstOfEach(SearchQuery query, Matches matches, int first, Locale locale) {
		return this.jdbc.sql(FIRST_OF_EACH)
			.param("words", query.wordList())
			.param("walked", matches.walkedList())
			.param("lang", locale.getLanguage())
			.param("first", first)
			.query((rs, row) -> hit(rs.getString("kind"), rs.getString("slug"), rs.getString("title"),
					rs.getString("snippet")))
			.list();
	}

	/** A page of one kind's matches, best first (its first {@link #CAP}, ranked). */
	List<Hit> page(SearchQuery query, SearchKind kind, Matches matches, Locale locale) {
		return this.jdbc.sql(PAGE_OF_KIND)
			.param("words", query.wordList())
			.param("walked", matches.walkedList())
			.param("lang", locale.getLanguage())
			.param("kind", kind.getCode())
			.param("offset", query.offset())
			.param("size", SearchQuery.PAGE_SIZE)
			.query((rs, row) -> hit(rs.getString("kind"), rs.getString("slug"), rs.getString("title"),
					rs.getString("snippet")))
			.list();
	}

	/** A kind's first {@code rows} entries in the primary key's order (the kind compared in the key's collation). */
	private static String firstEntries(String kind, int rows) {
		return "(SELECT e.document FROM search_entry e WHERE e.kind = '" + kind + "' ORDER BY e.kind, e.record_key LIMIT "
				+ rows + ") e";
	}

	/**
	 * One kind's row of {@link #COUNTS}: the sample; if it is dense, the walk; if the walk finds no more than
	 * {@link #CAP}, or the sample was not dense, the kind's own GIN index (its predicate compares the kind in "C").
	 */
	private static String count(String kind) {
		String sample = "(SELECT count(*) FROM " + firstEntries(kind, PROBE) + " WHERE " + MATCH + ")";
		String walk = "(SELECT count(*) FROM (SELECT 1 FROM " + firstEntries(kind, WALK) + " WHERE " + MATCH + " LIMIT "
				+ (CAP + 1) + ") m)";
		String indexed = "(SELECT count(*) FROM (SELECT 1 FROM search_entry e WHERE e.kind COLLATE \"C\" = '" + kind
				+ "' AND " + MATCH + " LIMIT " + (CAP + 1) + ") m)";
		return "SELECT '" + kind + "' AS kind, coalesce(w.n > " + CAP + ", FALSE) AS walked, CASE WHEN w.n > " + CAP
				+ " THEN w.n ELSE " + indexed + " END AS n FROM (SELECT CASE WHEN " + sample + " >= " + DENSE + " THEN "
				+ walk + " END AS n OFFSET 0) w";
	}

	/**
	 * One kind's candidates, when {@code when} holds: its first {@link #CAP} matches in the primary key's order if
	 * the counts walked it (they lie within its first {@link #WALK} entries, and only those are read), else its first
	 * {@link #CAP} from its index, in the order records were stored.
	 */
	private static String candidates(String kind, String when) {
		String walked = "position('," + kind + ",' IN :walked) > 0";
		return "(SELECT " + COLUMNS + " FROM (SELECT * FROM search_entry e WHERE e.kind = '" + kind + "' AND " + when
				+ " AND " + walked + " ORDER BY e.kind, e.record_key LIMIT " + WALK + ") e WHERE " + MATCH
				+ " ORDER BY e.record_key LIMIT " + CAP + ") UNION ALL (SELECT " + COLUMNS
				+ " FROM search_entry e WHERE e.kind COLLATE \"C\" = '" + kind + "' AND " + when + " AND NOT " + walked
				+ " AND " + MATCH + " LIMIT " + CAP + ")";
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

	/**
	 * What the counts found.
	 * @param counts how many records of each kind match (up to one more than {@link #CAP}), kinds with none left out
	 * @param walked the kinds whose candidates are the first {@link #CAP} matches of a walk
	 */
	record Matches(Map<SearchKind, Long> counts, Set<SearchKind> walked) {

		/** The walked kinds' codes, as the lists' {@code :walked} parameter takes them: {@code ",pacm,approach,"}. */
		String walkedList() {
			return this.walked.stream().map(SearchKind::getCode).collect(Collectors.joining(",", ",", ","));
		}

	}

	/** A country whose name looks like the search. */
	public record Suggestion(String slug, String name) {
	}

}
