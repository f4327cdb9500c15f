package org.a6portal.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.a6portal.admin.EditableRecords;
import org.a6portal.admin.RecordEditing;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.api.Csv;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.history.FieldChange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SmartValidator;

/**
 * Reads an uploaded CSV file of one kind (separated by commas or, as spreadsheets in Spanish and French settings
 * write them, semicolons), checks every cell of every row against the reference data and the forms' rules, says row
 * by row what applying it would add, change, publish or withdraw, and applies it in one transaction when no row has
 * an error. Also writes each kind's records in the import's own columns (the export), drafts included.
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

	private final ImportReferences references;

	private final ImportUploads uploads;

	private final EntityManager entityManager;

	CsvImport(List<ImportMapping<?, ?>> mappings, RecordEditing editing, SmartValidator validator,
			MessageSource messages, ImportReferences references, ImportUploads uploads, EntityManager entityManager) {
		this.mappings = mappings.stream().collect(Collectors.toMap(ImportMapping::kind, Function.identity()));
		this.editing = editing;
		this.validator = validator;
		this.messages = messages;
		this.references = references;
		this.uploads = uploads;
		this.entityManager = entityManager;
	}

	/** The kinds of file that can be imported (and exported). */
	public Set<String> kinds() {
		return new TreeSet<>(this.mappings.keySet());
	}

	/** What applying the file would do; nothing is written but the upload, kept for the apply. */
	@Transactional
	public Preview preview(String kind, String fileName, String csv, ImportPublication publication, String editor) {
		// nothing read is written: no query need flush the thousands of records a large file loads
		FlushModeType flushMode = this.entityManager.getFlushMode();
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		try {
			Preview preview = read(mapping(kind), csv, publication).preview();
			if (!preview.applicable()) {
				return preview;
			}
			return preview.kept(this.uploads.keep(kind, fileName, csv, publication, editor));
		}
		finally {
			this.entityManager.setFlushMode(flushMode);
		}
	}

	/**
	 * Applies the editor's upload if every row is (still) valid, all in one transaction.
	 * @return the preview, with the import's change id when it was applied; empty when there is no such upload
	 * (applied already, expired, or another editor's)
	 */
	@Transactional
	public Optional<Applied> apply(UUID uploadId, String editor) {
		// no query in the import flushes the rows read so far: one flush at the end (see RecordEditing.importRecords)
		FlushModeType flushMode = this.entityManager.getFlushMode();
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		try {
			return this.uploads.take(uploadId, editor)
				.map((upload) -> new Applied(upload.kind(), upload.fileName(), apply(mapping(upload.kind()),
						upload.fileName(), upload.content(), upload.publication(), editor)));
		}
		finally {
			this.entityManager.setFlushMode(flushMode);
		}
	}

	private <E, F extends SourcedRecordForm> Preview apply(ImportMapping<E, F> mapping, String fileName, String csv,
			ImportPublication publication, String editor) {
		Parsed<F> parsed = read(mapping, csv, publication);
		if (!parsed.preview().applicable()) {
			return parsed.preview();
		}
		long importId = this.editing.importRecords(mapping.records(), fileName, parsed.forms(),
				SourcedRecordForm::getSlug, editor);
		return parsed.preview().applied(importId);
	}

	/** Every record of the kind, drafts included, in the import's columns: a file the import takes back unchanged. */
	@Transactional(readOnly = true)
	public String export(String kind) {
		return export(mapping(kind));
	}

	private <E, F extends SourcedRecordForm> String export(ImportMapping<E, F> mapping) {
		StringBuilder out = new StringBuilder("\uFEFF");
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(mapping.columns().toArray(String[]::new)).get();
		EditableRecords<E, F> records = mapping.records();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			Function<F, Map<String, @Nullable Object>> exporter = mapping.exporter();
			for (E entity : records.all().toList()) {
				F form = records.toForm(entity);
				Map<String, @Nullable Object> cells = new LinkedHashMap<>(exporter.apply(form));
				cells.put(ImportMapping.PUBLICATION_STATUS, form.getPublicationStatus().code());
				cells.put(ImportMapping.SOURCE_RETRIEVED_ON, form.getSourceRetrievedOn());
				cells.put(ImportMapping.LAST_REVIEWED_ON, form.getLastReviewedOn());
				printer.printRecord(mapping.columns().stream().map((column) -> Csv.cell(cells.get(column))).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private <E, F extends SourcedRecordForm> Parsed<F> read(ImportMapping<E, F> mapping, String csv,
			ImportPublication publication) {
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		char delimiter = delimiter(mapping, text);
		List<CSVRecord> records = new ArrayList<>();
		long lineRead = 1;
		try (CSVParser parser = FORMAT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
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
				if (records.size() > MAX_ROWS) {
					return new Parsed<>(Preview.refused(message("admin.import.tooManyRows", MAX_ROWS)), List.of());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return new Parsed<>(Preview.refused(message("admin.import.malformed", lineRead)), List.of());
		}
		if (records.isEmpty()) {
			return new Parsed<>(Preview.refused(message("admin.import.empty")), List.of());
		}
		ImportReferences.Loaded loaded = this.references.load();
		List<Row> rows = new ArrayList<>(records.size());
		List<String> slugs = new ArrayList<>(records.size());
		for (CSVRecord record : records) {
			Row row = new Row(record, loaded, delimiter);
			rows.add(row);
			slugs.add(mapping.slugOf(row));
		}
		EditableRecords<E, F> kind = mapping.records();
		Map<String, E> existing = kind.findAllBySlug(slugs.stream().filter((slug) -> !slug.isBlank()).distinct().toList());
		LocalDate today = LocalDate.now();
		List<RowResult> results = new ArrayList<>(rows.size());
		List<F> forms = new ArrayList<>(rows.size());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String slug = slugs.get(i);
			Optional<E> current = Optional.ofNullable(existing.get(slug));
			F form = mapping.toForm(row, slug, current.map(kind::toForm));
			boolean wasPublic = current.map(kind::isPublished).orElse(false);
			form.setPublicationStatus(publicationOf(row, publication, wasPublic));
			review(row, form, current, kind, today);
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
			this.validator.validate(form, errors);
			kind.validateImported(form, current, errors);
			if (!slug.isBlank() && !seen.add(slug)) {
				errors.reject("admin.import.duplicateSlug");
			}
			List<String> problems = problems(mapping, row, errors);
			if (!problems.isEmpty()) {
				results.add(RowResult.error(row.line(), slug, problems));
				continue;
			}
			forms.add(form);
			Publication effect = Publication.of(current.isPresent(), wasPublic,
					form.getPublicationStatus() == PublicationStatus.PUBLISHED);
			if (current.isEmpty()) {
				results.add(new RowResult(row.line(), slug, RowResult.Action.ADD, List.of(), List.of(), effect));
			}
			else {
				List<FieldChange> changes = this.editing.changes(kind, current.get(), form)
					.stream()
					.map((change) -> new FieldChange(mapping.columnOf(change.field()).orElse(change.field()),
							change.before(), change.after()))
					.toList();
				results.add(new RowResult(row.line(), slug,
						changes.isEmpty() ? RowResult.Action.UNCHANGED : RowResult.Action.CHANGE, changes, List.of(),
						effect));
			}
		}
		return new Parsed<>(new Preview(results, List.of(), null, null), forms);
	}

	/**
	 * A comma, unless the header reads as the kind's columns only when split at semicolons (what spreadsheet programs
	 * write in Spanish and French settings).
	 */
	private static char delimiter(ImportMapping<?, ?> mapping, String text) {
		int end = text.indexOf('\n');
		String header = (end >= 0) ? text.substring(0, end) : text;
		return (known(mapping, header, ";") > known(mapping, header, ",")) ? ';' : ',';
	}

	private static long known(ImportMapping<?, ?> mapping, String header, String delimiter) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : header.split(delimiter, -1)) {
			names.add(name.strip().replace("\"", ""));
		}
		return mapping.columns().stream().filter(names::contains).count();
	}

	/** The file's word for the row, else the editor's choice, else the record's own (a new one: a draft). */
	private static PublicationStatus publicationOf(Row row, ImportPublication publication, boolean wasPublic) {
		String cell = row.optional(ImportMapping.PUBLICATION_STATUS);
		if (cell != null) {
			for (PublicationStatus status : PublicationStatus.values()) {
				if (status.code().equalsIgnoreCase(cell)) {
					return status;
				}
			}
			row.reject(ImportMapping.PUBLICATION_STATUS, "admin.import.cell.oneOf", cell, "draft, published");
		}
		return switch (publication) {
			case PUBLISH -> PublicationStatus.PUBLISHED;
			case DRAFT -> PublicationStatus.DRAFT;
			case KEEP -> wasPublic ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT;
		};
	}

	/**
	 * The source's retrieval and the review dates: the file's where it has them; else a new record's are today, and
	 * an existing record keeps its own unless the row changes it (then its source was read today).
	 */
	private <E, F extends SourcedRecordForm> void review(Row row, F form, Optional<E> current,
			EditableRecords<E, F> kind, LocalDate today) {
		LocalDate retrieved = row.date(ImportMapping.SOURCE_RETRIEVED_ON);
		LocalDate reviewed = row.date(ImportMapping.LAST_REVIEWED_ON);
		if (retrieved != null) {
			form.setSourceRetrievedOn(retrieved);
		}
		if (reviewed != null) {
			form.setLastReviewedOn(reviewed);
		}
		boolean changed = current.isEmpty() || !this.editing.changes(kind, current.get(), form).isEmpty();
		if (changed && retrieved == null) {
			form.setSourceRetrievedOn(today);
		}
		if (changed && reviewed == null) {
			form.setLastReviewedOn(today);
		}
	}

	/**
	 * Everything wrong with the row, named by the file's columns: the cells that could not be read, then the rules
	 * they break (a column whose cell could not be read is not blamed twice).
	 */
	private List<String> problems(ImportMapping<?, ?> mapping, Row row, BeanPropertyBindingResult errors) {
		Map<String, List<String>> byColumn = new LinkedHashMap<>();
		row.problems().forEach((column, problems) -> problems.forEach((problem) -> byColumn
			.computeIfAbsent(column, (key) -> new ArrayList<>())
			.add(message(problem.messageKey(), problem.arguments()))));
		Set<String> unreadable = new HashSet<>(byColumn.keySet());
		List<String> general = new ArrayList<>();
		for (ObjectError error : errors.getAllErrors()) {
			String text = this.messages.getMessage(error, LocaleContextHolder.getLocale());
			Optional<String> column = (error instanceof FieldError field) ? mapping.columnOf(field.getField())
					: Optional.empty();
			if (column.isPresent()) {
				if (!unreadable.contains(column.get())) {
					List<String> texts = byColumn.computeIfAbsent(column.get(), (key) -> new ArrayList<>());
					if (!texts.contains(text)) {
						texts.add(text);
					}
				}
			}
			else {
				general.add(text);
			}
		}
		List<String> problems = new ArrayList<>();
		byColumn.forEach((column, texts) -> texts.forEach((text) -> problems.add(column + ": " + text)));
		problems.addAll(general);
		return problems;
	}

	private ImportMapping<?, ?> mapping(String kind) {
		ImportMapping<?, ?> mapping = this.mappings.get(kind);
		if (mapping == null) {
			throw new IllegalArgumentException("Unknown import kind " + kind);
		}
		return mapping;
	}

	private String message(String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private record Parsed<F>(Preview preview, List<F> forms) {
	}

	/**
	 * An applied upload.
	 *
	 * @param kind the kind of records
	 * @param fileName the file's name
	 * @param preview what the import did (its id set), or why it could not
	 */
	public record Applied(String kind, String fileName, Preview preview) {
	}

	/**
	 * What an import would do, or did.
	 *
	 * @param rows each row's outcome
	 * @param fileErrors problems with the whole file (columns, encoding)
	 * @param uploadId the kept upload the apply form names, once previewed without errors
	 * @param importId the import's change id, once applied
	 */
	public record Preview(List<RowResult> rows, List<String> fileErrors, @Nullable UUID uploadId,
			@Nullable Long importId) {

		static Preview refused(String reason) {
			return new Preview(List.of(), List.of(reason), null, null);
		}

		Preview kept(UUID id) {
			return new Preview(this.rows, this.fileErrors, id, null);
		}

		Preview applied(long id) {
			return new Preview(this.rows, this.fileErrors, null, id);
		}

		/** Applicable when the file is readable and no row has an error. */
		public boolean applicable() {
			return this.fileErrors.isEmpty() && !this.rows.isEmpty()
					&& this.rows.stream().noneMatch((row) -> row.action() == RowResult.Action.ERROR);
		}

		public long count(String action) {
			return this.rows.stream().filter((row) -> row.action().name().equals(action)).count();
		}

		/** How many rows have this effect on the public site. */
		public long countPublication(String publication) {
			return this.rows.stream()
				.filter((row) -> row.publication() != null && row.publication().name().equals(publication))
				.count();
		}

	}

	/**
	 * @param line the row's line in the file
	 * @param slug the record it names
	 * @param action what applying would do to it
	 * @param changes the fields it would change
	 * @param errors why it cannot be applied
	 * @param publication what it does to the public site (none for a row with errors)
	 */
	public record RowResult(long line, String slug, Action action, List<FieldChange> changes, List<String> errors,
			@Nullable Publication publication) {

		static RowResult error(long line, String slug, List<String> errors) {
			return new RowResult(line, slug, Action.ERROR, List.of(), errors, null);
		}

		public enum Action {

			ADD, CHANGE, UNCHANGED, ERROR

		}

	}

	/** What a row does to the public site: the record shows there after the import, or stops showing, or neither. */
	public enum Publication implements CodedEnum {

		STAYS_DRAFT, BECOMES_PUBLIC, STAYS_PUBLIC, STOPS_BEING_PUBLIC;

		static Publication of(boolean exists, boolean wasPublic, boolean isPublic) {
			if (isPublic) {
				return (exists && wasPublic) ? STAYS_PUBLIC : BECOMES_PUBLIC;
			}
			return (exists && wasPublic) ? STOPS_BEING_PUBLIC : STAYS_DRAFT;
		}

	}

}
