package org.a6portal.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each search query reads each kind's records through the kind's own GIN index (V34), or, for a kind most of whose
 * records match, by a bounded walk of the primary key, never by a sequential scan, on the full seed data (about 2,800
 * entries, analysed), as the search runs them (SearchIndex#preferIndex).
 */
@IntegrationTest
@Transactional
class SearchQueryPlanIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "cookstove", "peru", "cdm project 9116", "9116", "switzerland peru", "hydro", "energy", "e" })
	void everySearchQueryUsesTheIndex(String words) {
		this.jdbc.sql("ANALYZE search_entry").update();
		this.jdbc.sql(SearchIndex.PREFER_INDEX).update();
		String none = ",";
		String all = Arrays.stream(SearchKind.values()).map(SearchKind::getCode).collect(Collectors.joining(",", ",", ","));
		// the counts (run without sorts, as SearchIndex#counts runs them): every kind's sample and walk, and its own
		// GIN index (V34)
		this.jdbc.sql(SearchIndex.NO_SORT).update();
		String counts = plan(SearchIndex.COUNTS, words, none);
		assertIndexed(counts, SearchKind.values());
		assertThat(counts).contains("Index Scan using search_entry_pkey").doesNotContain("Sort");
		this.jdbc.sql(SearchIndex.SORT).update();
		// the lists, no kind walked: every kind (one kind's page: that kind) through its own GIN index
		assertIndexed(plan(SearchIndex.FIRST_OF_EACH, words, none), SearchKind.values());
		assertIndexed(plan(SearchIndex.PAGE_OF_KIND, words, none), SearchKind.PACM);
		// every kind walked: bounded walks of the primary key only
		assertThat(plan(SearchIndex.FIRST_OF_EACH, words, all)).contains("search_entry_pkey");
		assertThat(plan(SearchIndex.PAGE_OF_KIND, words, all)).contains("search_entry_pkey");
	}

	private String plan(String sql, String words, String walked) {
		String plan = String.join("\n", this.jdbc.sql("EXPLAIN " + sql)
			.param("words", words)
			.param("walked", walked)
			.param("lang", "en")
			.param("first", 5)
			.param("kind", "pacm")
			.param("offset", 0)
			.param("size", 20)
			.query(String.class)
			.list());
		assertThat(plan).as(sql).doesNotContain("Seq Scan");
		// a walk of the primary key is always under a limit: of the entries it tests, or of the matches it lists
		List<String> lines = List.of(plan.split("\n"));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(" search_entry_pkey")) {
				assertThat(lines.subList(Math.max(0, i - 5), i)).as(plan).anyMatch((line) -> line.contains("Limit"));
			}
		}
		return plan;
	}

	private static void assertIndexed(String plan, SearchKind... kinds) {
		for (SearchKind kind : kinds) {
			assertThat(plan).contains("Bitmap Index Scan on search_entry_" + kind.getCode() + "_idx");
		}
	}

}
