package org.a6portal.importer;

import java.util.List;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.admin.SourcedRecordForm;
import org.apache.commons.csv.CSVRecord;

/**
 * How the rows of one kind of CSV file become editor forms.
 *
 * @param <E> the entity
 * @param <F> its form
 */
interface ImportMapping<E, F extends SourcedRecordForm> {

	/** The kind's name in the upload form ({@code cooperative-approaches}). */
	String kind();

	EditableRecords<E, F> records();

	/** The columns a file of this kind must have. */
	List<String> requiredColumns();

	/** The slug of the record the row describes (by default its {@code id} column). */
	default String slugOf(CSVRecord row) {
		return Cells.text(row, "id");
	}

	/** The row's form: the existing record's form with the row's values over it, or a new one. */
	F toForm(CSVRecord row, Optional<F> existing);

}
