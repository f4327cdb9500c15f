package org.a6portal.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV downloads: RFC 4180 (comma, double quotes, CRLF), UTF-8 without byte-order mark, a header row, one row per
 * record; {@code text/csv;charset=UTF-8} as an attachment.
 * <p>
 * Every text cell is made safe to open in a spreadsheet, here and nowhere else:
 * <ul>
 * <li>a cell that starts with {@code = + - @}, a tab or a carriage return would be read as a formula (CSV or
 * formula injection): it gets a leading single quote, as OWASP advises, and shows as the text it is;</li>
 * <li>Unicode bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a cell read
 * differently from what it holds, and control characters other than tab and line feed are removed.</li>
 * </ul>
 * Numbers are not text: a value the representation holds as a number ({@link Number}: quantities, counts, years) is
 * written as the number it is, a negative one included, so that spreadsheets still compute with it. Text that merely
 * looks like a negative number (an editor's note starting with "-") is text, and gets the quote.
 */
public final class Csv {

	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** Separates the items of a list within one cell. */
	public static final String LIST_SEPARATOR = ";";

	/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private Csv() {
	}

	/** A download of the rows, one per representation, with the given columns. */
	public static <T> ResponseEntity<byte[]> download(String filename, List<CsvColumn<T>> columns, List<T> rows) {
		List<String> header = columns.stream().map(CsvColumn::name).toList();
		List<List<@Nullable Object>> values = rows.stream()
			.map((row) -> columns.stream().map((column) -> column.value().apply(row)).collect(Collectors.toList()))
			.toList();
		return write(filename, header, values);
	}

	static ResponseEntity<byte[]> write(String filename, List<String> header,
			List<? extends List<? extends @Nullable Object>> rows) {
		StringBuilder out = new StringBuilder();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (List<? extends @Nullable Object> row : rows) {
				printer.printRecord(row.stream().map(Csv::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A value as a cell: empty for none, numbers as plain numbers, ISO dates, {@code true}/{@code false}, lists
	 * joined; text made safe for spreadsheets (see above).
	 */
	public static String cell(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case BigDecimal decimal -> decimal.toPlainString();
			case Number number -> number.toString();
			case Collection<?> items -> text(items.stream().map(Csv::plain).collect(Collectors.joining(LIST_SEPARATOR)));
			default -> text(value.toString());
		};
	}

	private static String plain(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case BigDecimal decimal -> decimal.toPlainString();
			default -> value.toString();
		};
	}

	/** Text without bidi controls and control characters, quoted with {@code '} when it would start a formula. */
	static String text(String value) {
		StringBuilder safe = new StringBuilder(value.length() + 1);
		value.codePoints().filter((c) -> !removed(c)).forEach(safe::appendCodePoint);
		if (!safe.isEmpty() && FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0) {
			safe.insert(0, '\'');
		}
		return safe.toString();
	}

	private static boolean removed(int c) {
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
			return true;
		}
		// line feeds stay (RFC 4180 keeps them inside quoted cells), so do tabs; a carriage return goes like the other
		// controls, so a line break typed in a browser (CR LF) is written as a line feed
		return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n';
	}

	/**
	 * Several kinds of record in one CSV: a first column {@code record_type}, then the columns of every kind in the
	 * order they are added (a column two kinds share, such as {@code id}, appears once); a row fills its own kind's
	 * columns and leaves the others empty.
	 */
	public static final class Combined {

		private final Set<String> columns = new LinkedHashSet<>();

		private final List<Map<String, @Nullable Object>> rows = new ArrayList<>();

		public static final String RECORD_TYPE = "record_type";

		public Combined() {
			this.columns.add(RECORD_TYPE);
		}

		public <T> Combined add(String recordType, List<CsvColumn<T>> columns, List<T> records) {
			columns.forEach((column) -> this.columns.add(column.name()));
			for (T record : records) {
				Map<String, @Nullable Object> row = new LinkedHashMap<>();
				row.put(RECORD_TYPE, recordType);
				columns.forEach((column) -> row.put(column.name(), column.value().apply(record)));
				this.rows.add(row);
			}
			return this;
		}

		public List<String> header() {
			return List.copyOf(this.columns);
		}

		public ResponseEntity<byte[]> download(String filename) {
			List<String> header = header();
			List<List<@Nullable Object>> values = this.rows.stream()
				.map((row) -> header.stream().map(row::get).collect(Collectors.<@Nullable Object>toList()))
				.toList();
			return write(filename, header, values);
		}

	}

}
