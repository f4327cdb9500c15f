package org.a6portal.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.a6portal.common.CodedEnum;
import org.a6portal.common.ControlCharacters;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import file, read cell by cell. A cell that cannot be read is noted against its column (in the file's
 * own column name) and read as empty, so that every bad cell of the row is reported at once, not only the first.
 */
final class Row {

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

	/** What a spreadsheet reads as the start of a formula: the export quotes such cells with {@code '}. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVRecord record;

	private final ImportReferences.Loaded references;

	private final char delimiter;

	private final Map<String, List<CellProblem>> problems = new LinkedHashMap<>();

	Row(CSVRecord record, ImportReferences.Loaded references, char delimiter) {
		this.record = record;
		this.references = references;
		this.delimiter = delimiter;
	}

	/** The row's line in the file (the header is line 1). */
	long line() {
		return this.record.getRecordNumber() + 1;
	}

	/** Whether the file has this column at all. */
	boolean has(String column) {
		return this.record.isMapped(column);
	}

	String text(String column) {
		String value = optional(column);
		return (value != null) ? value : "";
	}

	@Nullable String optional(String column) {
		String value = this.record.isMapped(column) && this.record.isSet(column) ? this.record.get(column) : null;
		Optional<Integer> forbidden = ControlCharacters.first(value);
		if (forbidden.isPresent()) {
			// refused here, in the preview: PostgreSQL cannot store a NUL, and none of them belongs in a page
			return reject(column, "admin.import.cell.controlCharacter", ControlCharacters.describe(forbidden.get()));
		}
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		// the export's guard against spreadsheet formulas ('=…), taken off again on the way back
		if (text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
			text = text.substring(1);
		}
		return text;
	}

	/** Country codes separated by {@code ;} (or {@code ,}), each one the portal knows. */
	List<String> countries(String column) {
		String value = optional(column);
		if (value == null) {
			return List.of();
		}
		List<String> codes = Arrays.stream(value.split("[;,]"))
			.map(String::strip)
			.filter((code) -> !code.isEmpty())
			.map((code) -> code.toUpperCase(Locale.ROOT))
			.toList();
		List<String> unknown = codes.stream()
			.filter((code) -> !COUNTRY_CODE.matcher(code).matches() || !this.references.isCountry(code))
			.toList();
		if (!unknown.isEmpty()) {
			reject(column, "admin.import.cell.country", String.join(", ", unknown));
			return List.of();
		}
		return codes;
	}

	/** One country code the portal knows, or empty. */
	String country(String column) {
		List<String> codes = countries(column);
		if (codes.size() > 1) {
			reject(column, "admin.import.cell.oneCountry", String.join(", ", codes));
			return "";
		}
		return codes.isEmpty() ? "" : codes.getFirst();
	}

	@Nullable LocalDate date(String column) {
		String value = optional(column);
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (RuntimeException ex) {
			return reject(column, "admin.import.cell.date", value);
		}
	}

	/**
	 * A number as a spreadsheet writes it: {@code 1,500,000} or {@code 12.5} in a file separated by commas;
	 * {@code 1.500.000} or {@code 12,5} in one separated by semicolons (Spanish and French settings).
	 */
	@Nullable BigDecimal number(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		String digits = value.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
		if (this.delimiter == ';') {
			digits = digits.contains(",") ? digits.replace(".", "").replace(',', '.')
					: digits.matches("-?\\d{1,3}(\\.\\d{3})+") ? digits.replace(".", "") : digits;
		}
		else {
			digits = digits.replace(",", "");
		}
		try {
			return new BigDecimal(digits);
		}
		catch (NumberFormatException ex) {
			return reject(column, "admin.import.cell.number", value);
		}
	}

	@Nullable Short year(String column) {
		String value = optional(column);
		try {
			return (value != null) ? Short.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return reject(column, "admin.import.cell.year", value);
		}
	}

	@Nullable Boolean bool(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1", "sí", "si", "oui", "verdadero", "vrai" -> true;
			case "false", "no", "0", "non", "falso", "faux" -> false;
			default -> reject(column, "admin.import.cell.boolean", value);
		};
	}

	/**
	 * A code of the enumeration, or a wording the seed files use for one ({@code wording} maps it, throwing for a
	 * wording it does not know); an unknown value is refused with the values allowed.
	 * @param allowedWordings the wordings {@code wording} knows, to list beside the codes
	 */
	<E extends Enum<E> & CodedEnum> @Nullable E coded(String column, Class<E> type, Function<String, String> wording,
			List<String> allowedWordings, boolean required) {
		String value = optional(column);
		if (value == null) {
			return required ? reject(column, "admin.import.cell.requiredOneOf", allowed(type, allowedWordings)) : null;
		}
		String lower = value.toLowerCase(Locale.ROOT).replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.code().equals(lower)) {
				return constant;
			}
		}
		try {
			return CodedEnum.fromCode(type, wording.apply(value));
		}
		catch (IllegalArgumentException ex) {
			return reject(column, "admin.import.cell.oneOf", value, allowed(type, allowedWordings));
		}
	}

	private static <E extends Enum<E> & CodedEnum> String allowed(Class<E> type, List<String> wordings) {
		List<String> allowed = new ArrayList<>(Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList());
		wordings.stream().filter((word) -> !allowed.contains(word)).forEach(allowed::add);
		return String.join(", ", allowed);
	}

	/** An activity type by its code, or by the wording of a seed file's sector; null where it names none. */
	@Nullable String activityType(String column, Function<@Nullable String, @Nullable String> wording) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		String code = value.toLowerCase(Locale.ROOT);
		return this.references.isActivityType(code) ? code : wording.apply(value);
	}

	/** Notes a problem with a cell that was read, and returns null in its place. */
	<T> @Nullable T reject(String column, String messageKey, @Nullable Object... arguments) {
		List<CellProblem> known = this.problems.computeIfAbsent(column, (key) -> new ArrayList<>());
		// a cell read twice (for the record's slug, then for its form) is one problem
		if (known.stream().noneMatch((problem) -> problem.messageKey().equals(messageKey))) {
			known.add(new CellProblem(messageKey, arguments));
		}
		return null;
	}

	/** The problems found so far, by column, in the order the columns were read. */
	Map<String, List<CellProblem>> problems() {
		return this.problems;
	}

	/** What is wrong with a cell: a message key and its arguments. */
	record CellProblem(String messageKey, @Nullable Object[] arguments) {
	}

}
