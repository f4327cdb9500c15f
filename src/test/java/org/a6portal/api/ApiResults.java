package org.a6portal.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * API responses read back: JSON as a tree, CSV with Commons CSV (RFC 4180, header row).
 */
public final class ApiResults {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiResults() {
	}

	public static JsonNode json(MvcTestResult result) {
		return JSON.readTree(body(result));
	}

	public static Csv csv(MvcTestResult result) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(body(result)), format)) {
			return new Csv(parser.getHeaderNames(), parser.getRecords());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The ids of a list's items, in order. */
	public static List<String> ids(JsonNode list) {
		return list.get("items").values().stream().map((item) -> item.get("id").asString()).toList();
	}

	/**
	 * A parsed CSV download.
	 *
	 * @param header the header row
	 * @param rows the records after it
	 */
	public record Csv(List<String> header, List<CSVRecord> rows) {

		public List<String> column(String name) {
			return this.rows.stream().map((row) -> row.get(name)).toList();
		}

	}

}
