package org.a6portal.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.record.RecordKind;

import org.springframework.validation.Errors;

/**
 * What {@link RecordEditing} needs to know of one kind of record to create, update, delete, revert and check it:
 * how to find it, how to turn it into its form and back, and what it touches. One bean per kind, beside its feature.
 *
 * @param <E> the entity
 * @param <F> its editor form
 */
public interface EditableRecords<E, F extends RecordForm> {

	/** The kind of record: its one definition, beside its feature ({@code CooperationKinds.COOPERATIVE_APPROACH}). */
	RecordKind kind();

	/** The kind of record, as {@code change_log.entity_type} names it ({@code cooperative_approach}). */
	default String entityType() {
		return kind().entityType();
	}

	Class<F> formType();

	Optional<E> find(String id);

	F newForm();

	/** The record with this slug, for imports that name records by slug. */
	default Optional<E> findBySlug(String slug) {
		return Optional.empty();
	}

	/**
	 * The records with these slugs, by slug, for imports: one query where the kind overrides this, not one per slug.
	 */
	default java.util.Map<String, E> findAllBySlug(java.util.Collection<String> slugs) {
		java.util.Map<String, E> found = new java.util.HashMap<>();
		for (String slug : slugs) {
			findBySlug(slug).ifPresent((entity) -> found.put(slug, entity));
		}
		return found;
	}

	/** A new, unsaved record holding the form's values. */
	E create(F form);

	F toForm(E entity);

	void apply(F form, E entity);

	E save(E entity);

	void delete(E entity);

	String idOf(E entity);

	String labelOf(E entity);

	long versionOf(E entity);

	boolean isPublished(E entity);

	/** The countries the record touches (its Parties, host, countries involved). */
	Set<String> countriesOf(E entity);

	/** The form's texts, links and dates, for the content-health warnings. */
	CheckedRecord contentOf(F form);

	/** Rules Bean Validation cannot express (uniqueness, "a published approach needs both roles"). */
	default void validate(F form, Optional<E> existing, Errors errors) {
	}

	/**
	 * The rules of {@link #validate}, for an import row: the import looked up the records of all its rows' slugs at
	 * once, and {@code existing} is the one holding this row's slug, so a kind may skip asking for it again.
	 */
	default void validateImported(F form, Optional<E> existing, Errors errors) {
		validate(form, existing, errors);
	}

	/** What else deleting the record removes (message texts), shown on the confirmation page. */
	default List<String> deletionEffects(E entity) {
		return List.of();
	}

	/** Why the record cannot be deleted (a message key), if anything still refers to it. */
	default Optional<String> deletionBlocker(E entity) {
		return Optional.empty();
	}

	/** Every record of this kind, for the portal-wide content-health page. */
	default Stream<E> all() {
		return Stream.empty();
	}

	/**
	 * The record's own public page ({@code /cooperative-approaches/ca-ch-pe}) where it has one; else the form links to
	 * the pages of the countries it touches.
	 */
	default Optional<String> publicPath(E entity) {
		return Optional.empty();
	}

	/** Whether this kind of record cites a source (a missing source URL is then worth a warning). */
	default boolean citesSources() {
		return true;
	}

	/**
	 * A slug for a record whose form left it blank, from what the form holds (an approach: {@code ca-} and its
	 * Parties' codes, acquiring first, as in {@code ca-no-pe}); {@link RecordEditing} makes it unique.
	 */
	default Optional<String> suggestSlug(F form) {
		return Optional.empty();
	}

	/**
	 * The form's lists of countries, by field name, with the message key of each one's label: a save that removes
	 * countries from one says which, so that nobody loses a Party without noticing.
	 */
	default Map<String, String> countryListFields() {
		return Map.of();
	}

	default boolean creatable() {
		return true;
	}

	default boolean deletable() {
		return true;
	}

}
