package org.a6portal.admin;

import java.beans.Introspector;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.history.FieldLabels;
import org.a6portal.history.ChangeEntry;
import org.a6portal.history.FieldChange;
import org.a6portal.sector.ActivityType;
import org.a6portal.sector.ActivityTypeRepository;
import org.a6portal.sector.Sector;
import org.a6portal.sector.SectorRepository;
import org.a6portal.account.Role;
import org.a6portal.account.UserForm;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recorded change as an editor reads it: each field by its label ("Acquiring Parties", not
 * {@code acquiringParties}) and each value in words: a country's name for its code, a sector's name, an enumeration's
 * label, a date and a number in the editor's language. Used by the history, the revert confirmation and the conflict
 * screen ({@code @readableChanges} in templates).
 */
@Component
@Transactional(readOnly = true)
public class ReadableChanges {

	/** Fields that hold ISO alpha-2 codes (one, or a list). */
	private static final Set<String> COUNTRY_FIELDS = Set.of("hostIso2", "countryIso2", "transferringParties",
			"acquiringParties", "countries", "authorizingParties", "iso2");

	private final MessageSource messages;

	private final RecordEditing editing;

	private final CountryRepository countries;

	private final SectorRepository sectors;

	private final ActivityTypeRepository activityTypes;

	private final FieldLabels labels;

	ReadableChanges(MessageSource messages, RecordEditing editing, CountryRepository countries, SectorRepository sectors,
			ActivityTypeRepository activityTypes, FieldLabels labels) {
		this.labels = labels;
		this.messages = messages;
		this.editing = editing;
		this.countries = countries;
		this.sectors = sectors;
		this.activityTypes = activityTypes;
	}

	/** The fields a recorded change changed, readable. */
	public List<Row> of(ChangeEntry entry, Locale locale) {
		return of(entry.entityType(), entry.changes(), locale);
	}

	/** The fields each of these changes changed, readable, by change id (reference data read once for all). */
	public Map<Long, List<Row>> ofAll(List<ChangeEntry> entries, Locale locale) {
		Lookups lookups = new Lookups(locale);
		entries.forEach((entry) -> lookups.mention(entry.changes()));
		Map<Long, List<Row>> rows = new java.util.HashMap<>();
		entries.forEach((entry) -> rows.put(entry.id(), of(entry.entityType(), entry.changes(), lookups)));
		return rows;
	}

	/** Changed fields of a kind of record, readable. */
	public List<Row> of(String entityType, List<FieldChange> changes, Locale locale) {
		Lookups lookups = new Lookups(locale);
		lookups.mention(changes);
		return of(entityType, changes, lookups);
	}

	private List<Row> of(String entityType, List<FieldChange> changes, Lookups lookups) {
		Locale locale = lookups.locale;
		return changes.stream()
			.map((change) -> new Row(change.field(), this.labels.label(entityType, change.field(), locale),
					value(entityType, change.field(), change.before(), lookups),
					value(entityType, change.field(), change.after(), lookups)))
			.toList();
	}

	/** A field's label as the kind's form labels it (one set of labels for forms, history, conflicts and warnings). */
	public String label(String entityType, String field, Locale locale) {
		return this.labels.label(entityType, field, locale);
	}

	/** One value of a field of a kind of record, readable ("" for empty). */
	public String value(String entityType, String field, @Nullable Object value, Locale locale) {
		return value(entityType, field, value, new Lookups(locale));
	}

	private String value(String entityType, String field, @Nullable Object value, Lookups lookups) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.stream()
				.map((item) -> value(entityType, field, item, lookups))
				.collect(Collectors.joining(", "));
		}
		Locale locale = lookups.locale;
		if (value instanceof Boolean flag) {
			return this.messages.getMessage(flag ? "admin.value.yes" : "admin.value.no", null, locale);
		}
		String text = String.valueOf(value);
		if (COUNTRY_FIELDS.contains(field)) {
			Country country = lookups.countries().get(text);
			return (country != null) ? country.name(locale) + " (" + text + ")" : text;
		}
		if (field.equals("sectors") || field.equals("sectorCode")) {
			Sector sector = lookups.sectors().get(text);
			return (sector != null) ? sector.name(locale) : text;
		}
		if (field.equals("activityTypeCode")) {
			ActivityType type = lookups.activityTypes().get(text);
			return (type != null) ? type.name(locale) : text;
		}
		Class<?> type = propertyType(entityType, field);
		if (type != null && type.isEnum()) {
			return enumLabel(type, text, locale);
		}
		if (value instanceof Number || (type != null && Number.class.isAssignableFrom(type))
				|| (type != null && type.isPrimitive() && type != boolean.class)) {
			try {
				NumberFormat format = NumberFormat.getNumberInstance(locale);
				format.setMaximumFractionDigits(6);
				return format.format(new BigDecimal(text));
			}
			catch (NumberFormatException ex) {
				return text;
			}
		}
		if (type == LocalDate.class) {
			try {
				return LocalDate.parse(text).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		return text;
	}

	private String enumLabel(Class<?> type, String stored, Locale locale) {
		for (Object constant : type.getEnumConstants()) {
			Enum<?> value = (Enum<?>) constant;
			String code = (constant instanceof CodedEnum coded) ? coded.code() : value.name().toLowerCase(Locale.ROOT);
			if (value.name().equals(stored) || code.equals(stored)) {
				String prefix = (type == PublicationStatus.class) ? "admin.status."
						: (type == Role.class) ? "admin.role." : "enum." + Introspector.decapitalize(type.getSimpleName()) + ".";
				return this.messages.getMessage(prefix + code, null, stored, locale);
			}
		}
		return stored;
	}

	private @Nullable Class<?> propertyType(String entityType, String field) {
		Class<?> formType;
		try {
			formType = this.editing.kind(entityType).formType();
		}
		catch (NoSuchRecordException ex) {
			formType = ChangeEntry.ACCOUNT.equals(entityType) ? UserForm.class : null;
		}
		if (formType == null) {
			return null;
		}
		var property = BeanUtils.getPropertyDescriptor(formType, field);
		return (property != null) ? property.getPropertyType() : null;
	}

	/**
	 * A field of a change, readable.
	 *
	 * @param field the field's name
	 * @param label its label in the editor's language
	 * @param before its value before, in words ("" for empty)
	 * @param after its value after, in words ("" for empty)
	 */
	public record Row(String field, String label, String before, String after) {
	}

	/** Reference data read once per call, only if a value needs it. */
	private final class Lookups {

		private final Locale locale;

		private @Nullable Map<String, Country> countryByCode;

		/** The country codes the values to show hold: only these countries are read. */
		private final java.util.Set<String> countryCodes = new java.util.HashSet<>();

		private @Nullable Map<String, Sector> sectorByCode;

		private @Nullable Map<String, ActivityType> typeByCode;

		Lookups(Locale locale) {
			this.locale = locale;
		}

		void mention(List<FieldChange> changes) {
			for (FieldChange change : changes) {
				if (COUNTRY_FIELDS.contains(change.field())) {
					for (Object value : new Object[] { change.before(), change.after() }) {
						if (value instanceof Collection<?> values) {
							values.forEach((code) -> this.countryCodes.add(String.valueOf(code)));
						}
						else if (value != null) {
							this.countryCodes.add(String.valueOf(value));
						}
					}
				}
			}
		}

		Map<String, Country> countries() {
			if (this.countryByCode == null) {
				this.countryByCode = ReadableChanges.this.countries.findByIso2In(this.countryCodes)
					.stream()
					.collect(Collectors.toMap(Country::getIso2, (country) -> country));
			}
			return this.countryByCode;
		}

		Map<String, Sector> sectors() {
			if (this.sectorByCode == null) {
				this.sectorByCode = ReadableChanges.this.sectors.findAllByOrderBySortOrder()
					.stream()
					.collect(Collectors.toMap(Sector::getCode, (sector) -> sector));
			}
			return this.sectorByCode;
		}

		Map<String, ActivityType> activityTypes() {
			if (this.typeByCode == null) {
				this.typeByCode = ReadableChanges.this.activityTypes.findAllInSectorOrder()
					.stream()
					.collect(Collectors.toMap(ActivityType::getCode, (type) -> type));
			}
			return this.typeByCode;
		}

	}

}
