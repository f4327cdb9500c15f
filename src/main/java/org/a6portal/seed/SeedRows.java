package org.a6portal.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * Reads a seed file (UTF-8, RFC 4180, header row) into rows whose blank cells are {@code null}.
 */
final class SeedRows {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreSurroundingSpaces(false)
		.get();

	private SeedRows() {
	}

	static List<Row> read(Resource resource) {
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return FORMAT.parse(reader).stream().map(Row::new).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + resource.getDescription(), ex);
		}
	}

	/** One row of a seed file; its checksum covers every cell, so any change to the row changes it. */
	record Row(CSVRecord record) {

		@Nullable String text(String column) {
			String value = this.record.get(column);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		String required(String column) {
			String value = text(column);
			if (value == null) {
				throw new IllegalStateException("Seed row " + this.record.getRecordNumber() + " has no " + column);
			}
			return value;
		}

		/** Whether the row's file has this column (optional columns: ndc_targets_additions.csv's retrieved_on). */
		boolean has(String column) {
			return this.record.isMapped(column);
		}

		@Nullable LocalDate date(String column) {
			String value = text(column);
			return (value != null) ? LocalDate.parse(value) : null;
		}

		/** The date in a column only some files of a kind have ({@code retrieved_on}); {@code null} where absent. */
		@Nullable LocalDate optionalDate(String column) {
			return this.record.isMapped(column) ? date(column) : null;
		}

		@Nullable BigDecimal number(String column) {
			String value = text(column);
			return (value != null) ? new BigDecimal(value.replace(",", "")) : null;
		}

		@Nullable Short year(String column) {
			String value = text(column);
			return (value != null) ? Short.valueOf(value) : null;
		}

		@Nullable Boolean bool(String column) {
			String value = text(column);
			return (value != null) ? Boolean.valueOf(value) : null;
		}

		long number() {
			return this.record.getRecordNumber();
		}

		List<String> values() {
			return this.record.toList();
		}

	}

}
