package org.a6portal.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.admin.SourcedRecordForm;
import org.jspecify.annotations.Nullable;

/**
 * How the rows of one kind of CSV file become editor forms, and forms rows again (the export). A subclass names the
 * kind, its records, the columns its file must have (and those it may have), which column holds each form field, and
 * turns a row into a form and a form into the row's cells.
 *
 * @param <E> the entity
 * @param <F> its form
 */
abstract class ImportMapping<E, F extends SourcedRecordForm> {

	/** Optional in every kind: {@code draft} or {@code published}; empty keeps the record's (see the import page). */
	static final String PUBLICATION_STATUS = "publication_status";

	/** Optional in every kind: when the source was read; empty keeps the record's, or today where the row changes it. */
	static final String SOURCE_RETRIEVED_ON = "source_retrieved_on";

	/** Optional in every kind: when an editor last confirmed the record; as {@link #SOURCE_RETRIEVED_ON}. */
	static final String LAST_REVIEWED_ON = "last_reviewed_on";

	private static final Map<String, String> SHARED_FIELDS = Map.of("slug", "id", "publicationStatus",
			PUBLICATION_STATUS, "sourceUrl", "source_url", "sourceTitle", "source_title", "sourceRetrievedOn",
			SOURCE_RETRIEVED_ON, "lastReviewedOn", LAST_REVIEWED_ON);

	private final EditableRecords<E, F> records;

	private final List<String> requiredColumns;

	private final List<String> columns;

	private final Map<String, String> fieldColumns;

	/**
	 * @param records the records the rows create or update; their {@link EditableRecords#kind()} names the import
	 * kind (its admin path, {@code cooperative-approaches})
	 * @param requiredColumns the columns a file of this kind must have
	 * @param optionalColumns the kind's own columns a file may have (the shared optional ones come on top)
	 * @param fieldColumns the column that holds each form field, for errors named as the file names them
	 */
	ImportMapping(EditableRecords<E, F> records, List<String> requiredColumns,
			List<String> optionalColumns, Map<String, String> fieldColumns) {
		this.records = records;
		this.requiredColumns = List.copyOf(requiredColumns);
		List<String> all = new ArrayList<>(requiredColumns);
		all.addAll(optionalColumns);
		all.addAll(List.of(PUBLICATION_STATUS, SOURCE_RETRIEVED_ON, LAST_REVIEWED_ON));
		this.columns = List.copyOf(all);
		Map<String, String> fields = new LinkedHashMap<>(SHARED_FIELDS);
		fields.putAll(fieldColumns);
		this.fieldColumns = Map.copyOf(fields);
	}

	/** The kind's name in the upload form and in the admin list's path ({@code cooperative-approaches}). */
	String kind() {
		return this.records.kind().adminPath();
	}

	EditableRecords<E, F> records() {
		return this.records;
	}

	List<String> requiredColumns() {
		return this.requiredColumns;
	}

	/** Every column the import reads, in the export's order. */
	List<String> columns() {
		return this.columns;
	}

	/** The file's column for a form field, if one holds it. */
	Optional<String> columnOf(String field) {
		return Optional.ofNullable(this.fieldColumns.get(field));
	}

	/** The slug of the record the row describes (by default its {@code id} column). */
	String slugOf(Row row) {
		return row.text("id");
	}

	/**
	 * The row's form: the existing record's form with the row's values over it, or a new one. Publication status
	 * and review dates are the import's business, not the mapping's.
	 */
	abstract F toForm(Row row, String slug, Optional<F> existing);

	/** The cells of the kind's own columns for a record's form, as the export writes them and the import reads them. */
	abstract Map<String, @Nullable Object> cells(F form);

	/**
	 * The cells of every record of one export: {@link #cells} by default. A kind whose cells name other records reads
	 * those once per export here, not once per row.
	 */
	java.util.function.Function<F, Map<String, @Nullable Object>> exporter() {
		return this::cells;
	}

	/** The shared source columns, read into the form. */
	static void readSource(SourcedRecordForm form, Row row) {
		form.setSourceUrl(row.optional("source_url"));
		String title = row.optional("source_title");
		form.setSourceTitle((title != null) ? title : "");
	}

}
