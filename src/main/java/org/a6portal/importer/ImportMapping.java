package org.a6portal.importer;

import java.util.List;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.admin.SourcedRecordForm;
import org.apache.commons.csv.CSVRecord;

/**
 * How the rows of one kind of CSV file become editor forms. A subclass names the kind, its records and the columns
 * its file must have, and turns a row into a form.
 *
 * @param <E> the entity
 * @param <F> its form
 */
abstract class ImportMapping<E, F extends SourcedRecordForm> {

	private final String kind;

	private final EditableRecords<E, F> records;

	private final List<String> requiredColumns;

	/**
	 * @param kind the kind's name in the upload form ({@code cooperative-approaches})
	 * @param records the records the rows create or update
	 * @param requiredColumns the columns a file of this kind must have
	 */
	ImportMapping(String kind, EditableRecords<E, F> records, List<String> requiredColumns) {
		this.kind = kind;
		this.records = records;
		this.requiredColumns = List.copyOf(requiredColumns);
	}

	String kind() {
		return this.kind;
	}

	EditableRecords<E, F> records() {
		return this.records;
	}

	List<String> requiredColumns() {
		return this.requiredColumns;
	}

	/** The slug of the record the row describes (by default its {@code id} column). */
	String slugOf(CSVRecord row) {
		return Cells.text(row, "id");
	}

	/** The row's form: the existing record's form with the row's values over it, or a new one. */
	abstract F toForm(CSVRecord row, Optional<F> existing);

}
