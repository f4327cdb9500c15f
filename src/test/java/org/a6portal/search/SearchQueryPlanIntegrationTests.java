package org.a6portal.search;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each search query reads the records through the GIN index of {@code search_entry} over kind and document, a kind
 * at a time and at most {@link SearchIndex#CAP} of them, never by a sequential scan, on the full seed data (about 2,800 entries, analysed), as the search runs them (SearchIndex#preferIndex).
 */
@IntegrationTest
@Transactional
class SearchQueryPlanIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "cookstove", "peru", "cdm project 9116", "9116", "switzerland peru", "hydro", "energy" })
	void everySearchQueryUsesTheIndex(String words) {
		this.jdbc.sql("ANALYZE search_entry").update();
		this.jdbc.sql(SearchIndex.PREFER_INDEX).update();
		for (String sql : List.of(SearchIndex.COUNTS, SearchIndex.FIRST_OF_EACH, SearchIndex.PAGE_OF_KIND)) {
			String plan = String.join("\n", this.jdbc.sql("EXPLAIN " + sql)
				.param("words", words)
				.param("lang", "en")
				.param("first", 5)
				.param("kind", "pacm")
				.param("offset", 0)
				.param("size", 20)
				.query(String.class)
				.list());
			// every kind's matches through the GIN index over (kind, document) (V29), each read up to the cap
			assertThat(plan).as(sql)
				.doesNotContain("Seq Scan")
				.contains("Bitmap Index Scan on search_entry_kind_document_idx")
				.contains("Limit");
		}
	}

}
