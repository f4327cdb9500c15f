package org.a6portal.importer;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.admin.EditableRecords;
import org.a6portal.admin.RecordEditing;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.history.FieldChange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;

/**
 * Reads an uploaded CSV file of one kind, says row by row what applying it would add, change or refuse, and
 * applies it in one transaction when no row has an error.
 */
@Service
public class CsvImport {

	static final int MAX_ROWS = 5000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final Map<String, ImportMapping<?, ?>> mappings;

	private final RecordEditing editing;

	private final SmartValidator validator;

	private final MessageSource messages;

	CsvImport(List<ImportMapping<?, ?>> mappings, RecordEditing editing, SmartValidator validator,
			MessageSource messages) {
		this.mappings = mappings.stream().collect(Collectors.toMap(ImportMapping::kind, Function.identity()));
		this.editing = editing;
		this.validator = validator;
		this.messages = messages;
	}

	/** The kinds of file that can be imported. */
	public Set<String> kinds() {
		return new TreeSet<>(this.mappings.keySet());
	}

	/** What applying the file would do; nothing is written. */
	@Transactional(readOnly = true)
	public Preview preview(String kind, String csv) {
		return preview(mapping(kind), csv).preview();
	}

	/**
	 * Applies the file if every row is valid, all in one transaction.
	 * @return the preview, with the import's change id when it was applied
	 */
	@Transactional
	public Preview apply(String kind, String fileName, String csv, String editor) {
		return apply(mapping(kind), fileName, csv, editor);
	}

	private <E, F extends SourcedRecordForm> Preview apply(ImportMapping<E, F> mapping, String fileName, String csv,
			String editor) {
		Parsed<F> parsed = preview(mapping, csv);
		if (!parsed.preview().applicable()) {
			return parsed.preview();
		}
		List<F> forms = parsed.forms();
		long importId = this.editing.importRecords(mapping.records(), fileName, forms, SourcedRecordForm::getSlug, editor);
		return parsed.preview().applied(importId);
	}

	private <E, F extends SourcedRecordForm> Parsed<F> preview(ImportMapping<E, F> mapping, String csv) {
		List<CSVRecord> records = new ArrayList<>();
		long lineRead = 1;
		try (CSVParser parser = FORMAT.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
			List<String> missing = mapping.requiredColumns()
				.stream()
				.filter((column) -> !parser.getHeaderNames().contains(column))
				.toList();
			if (!missing.isEmpty()) {
				return new Parsed<>(Preview.refused(message("admin.import.missingColumns", String.join(", ", missing))),
						List.of());
			}
			lineRead = parser.getCurrentLineNumber() + 1;
			// record by record, so a malformed one is named by the line where it starts, not by the parser's exception
			for (CSVRecord record : parser) {
				records.add(record);
				lineRead = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (IOException | RuntimeException ex) {
			return new Parsed<>(Preview.refused(message("admin.import.malformed", lineRead)), List.of());
		}
		if (records.isEmpty()) {
			return new Parsed<>(Preview.refused(message("admin.import.empty")), List.of());
		}
		if (records.size() > MAX_ROWS) {
			return new Parsed<>(Preview.refused(message("admin.import.tooManyRows", MAX_ROWS)), List.of());
		}
		EditableRecords<E, F> kind = mapping.records();
		List<RowResult> rows = new ArrayList<>();
		List<F> forms = new ArrayList<>();
		Set<String> slugs = new TreeSet<>();
		for (CSVRecord record : records) {
			long line = record.getRecordNumber() + 1;
			try {
				String slug = mapping.slugOf(record);
				Optional<E> existing = kind.findBySlug(slug);
				F form = mapping.toForm(record, existing.map(kind::toForm));
				BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
				this.validator.validate(form, errors);
				kind.validate(form, existing, errors);
				if (!slugs.add(slug)) {
					errors.rejectValue("slug", "admin.import.duplicateSlug");
				}
				if (errors.hasErrors()) {
					rows.add(RowResult.error(line, slug, errors.getAllErrors()
						.stream()
						.map((error) -> ((error instanceof org.springframework.validation.FieldError field)
								? field.getField() + ": " : "") + this.messages.getMessage(error, LocaleContextHolder.getLocale()))
						.toList()));
					continue;
				}
				forms.add(form);
				if (existing.isEmpty()) {
					rows.add(new RowResult(line, slug, RowResult.Action.ADD, List.of(), List.of()));
				}
				else {
					List<FieldChange> changes = this.editing.changes(kind, existing.get(), form);
					rows.add(new RowResult(line, slug,
							changes.isEmpty() ? RowResult.Action.UNCHANGED : RowResult.Action.CHANGE, changes, List.of()));
				}
			}
			catch (Cells.CellException ex) {
				rows.add(RowResult.error(line, safeSlug(mapping, record),
						List.of(ex.column() + ": " + message(ex.messageKey(), ex.value()))));
			}
			catch (IllegalArgumentException ex) {
				rows.add(RowResult.error(line, safeSlug(mapping, record),
						List.of(message("admin.import.badValue", ex.getMessage()))));
			}
		}
		return new Parsed<>(new Preview(rows, List.of(), null), forms);
	}

	private static String safeSlug(ImportMapping<?, ?> mapping, CSVRecord record) {
		try {
			return mapping.slugOf(record);
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private ImportMapping<?, ?> mapping(String kind) {
		ImportMapping<?, ?> mapping = this.mappings.get(kind);
		if (mapping == null) {
			throw new IllegalArgumentException("Unknown import kind " + kind);
		}
		return mapping;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private record Parsed<F>(Preview preview, List<F> forms) {
	}

	/**
	 * What an import would do, or did.
	 *
	 * @param rows each row's outcome
	 * @param fileErrors problems with the whole file (columns, encoding)
	 * @param importId the import's change id, once applied
	 */
	public record Preview(List<RowResult> rows, List<String> fileErrors, Long importId) {

		static Preview refused(String reason) {
			return new Preview(List.of(), List.of(reason), null);
		}

		Preview applied(long id) {
			return new Preview(this.rows, this.fileErrors, id);
		}

		/** Applicable when the file is readable and no row has an error. */
		public boolean applicable() {
			return this.fileErrors.isEmpty() && !this.rows.isEmpty()
					&& this.rows.stream().noneMatch((row) -> row.action() == RowResult.Action.ERROR);
		}

		public long count(String action) {
			return this.rows.stream().filter((row) -> row.action().name().equals(action)).count();
		}

	}

	/**
	 * @param line the row's line in the file
	 * @param slug the record it names
	 * @param action what applying would do to it
	 * @param changes the fields it would change
	 * @param errors why it cannot be applied
	 */
	public record RowResult(long line, String slug, Action action, List<FieldChange> changes, List<String> errors) {

		static RowResult error(long line, String slug, List<String> errors) {
			return new RowResult(line, slug, Action.ERROR, List.of(), errors);
		}

		public enum Action {

			ADD, CHANGE, UNCHANGED, ERROR

		}

	}

}
