package org.a6portal.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.common.ControlCharacters;
import org.a6portal.common.PublicationStatus;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reading the cells of an import row. A cell that cannot be read throws {@link CellException}, which the preview
 * shows next to its row and column.
 */
final class Cells {

	private Cells() {
	}

	static String text(CSVRecord row, String column) {
		String value = optional(row, column);
		return (value != null) ? value : "";
	}

	static @Nullable String optional(CSVRecord row, String column) {
		String value = row.isMapped(column) ? row.get(column) : null;
		Optional<Integer> forbidden = ControlCharacters.first(value);
		if (forbidden.isPresent()) {
			// refused here, in the preview: PostgreSQL cannot store a NUL, and none of them belongs in a page
			throw new CellException(column, "admin.import.cell.controlCharacter", ControlCharacters.describe(forbidden.get()));
		}
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static List<String> codes(CSVRecord row, String column) {
		String value = optional(row, column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(";")).map(String::strip).filter((code) -> !code.isEmpty())
			.map((code) -> code.toUpperCase(Locale.ROOT))
			.toList();
	}

	static @Nullable LocalDate date(CSVRecord row, String column) {
		String value = optional(row, column);
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (RuntimeException ex) {
			throw new CellException(column, "admin.import.cell.date", value);
		}
	}

	static @Nullable BigDecimal number(CSVRecord row, String column) {
		String value = optional(row, column);
		try {
			return (value != null) ? new BigDecimal(value.replace(",", "").replace(" ", "")) : null;
		}
		catch (NumberFormatException ex) {
			throw new CellException(column, "admin.import.cell.number", value);
		}
	}

	static @Nullable Short year(CSVRecord row, String column) {
		String value = optional(row, column);
		try {
			return (value != null) ? Short.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			throw new CellException(column, "admin.import.cell.year", value);
		}
	}

	static @Nullable Boolean bool(CSVRecord row, String column) {
		String value = optional(row, column);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw new CellException(column, "admin.import.cell.boolean", value);
		};
	}

	/** The row's source; an imported record lands as a draft, read today, for an editor to review and publish. */
	static void applySource(SourcedRecordForm form, CSVRecord row, LocalDate today) {
		form.setSourceUrl(optional(row, "source_url"));
		String title = optional(row, "source_title");
		form.setSourceTitle((title != null) ? title : "");
		form.setSourceRetrievedOn(today);
		form.setLastReviewedOn(today);
		form.setPublicationStatus(PublicationStatus.DRAFT);
	}

	/** A cell that is not in the form its column needs. */
	static class CellException extends RuntimeException {

		private final String column;

		private final String messageKey;

		private final @Nullable String value;

		CellException(String column, String messageKey, @Nullable String value) {
			super(column + ": " + value);
			this.column = column;
			this.messageKey = messageKey;
			this.value = value;
		}

		String column() {
			return this.column;
		}

		String messageKey() {
			return this.messageKey;
		}

		@Nullable String value() {
			return this.value;
		}

	}

}
