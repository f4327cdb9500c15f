package org.a6portal.record;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every kind of record the features declare (each a {@link RecordKind} bean beside its feature), in navigation
 * order; templates reach it as {@code @recordKinds}.
 */
@Component("recordKinds")
public class RecordKinds {

	private final List<RecordKind> all;

	private final Map<String, RecordKind> byEntityType = new LinkedHashMap<>();

	public RecordKinds(List<RecordKind> kinds) {
		this.all = kinds.stream()
			.sorted(Comparator.comparingInt(RecordKind::order).thenComparing(RecordKind::entityType))
			.toList();
		for (RecordKind kind : this.all) {
			RecordKind previous = this.byEntityType.put(kind.entityType(), kind);
			if (previous != null) {
				throw new IllegalStateException("Two record kinds named " + kind.entityType());
			}
		}
	}

	public List<RecordKind> all() {
		return this.all;
	}

	public Optional<RecordKind> of(String entityType) {
		return Optional.ofNullable(this.byEntityType.get(entityType));
	}

	/**
	 * The kind a {@link RecordPage} names, which must have pages of its own.
	 * @throws IllegalStateException if no kind with pages has this name: a mistake in the code, not in a request
	 */
	public RecordKind withPage(String entityType) {
		RecordKind kind = this.byEntityType.get(entityType);
		if (kind == null || kind.publicPage() == null) {
			throw new IllegalStateException("No record kind with pages of its own is named " + entityType);
		}
		return kind;
	}

	/** The kinds the admin navigation and the dashboard list, in order. */
	public List<RecordKind> navigation() {
		return this.all.stream().filter((kind) -> kind.nav() != null).toList();
	}

	/** The kinds with pages of their own. */
	public List<RecordKind> withPages() {
		return this.all.stream().filter((kind) -> kind.publicPage() != null).toList();
	}

	/** The kinds whose pages have feeds of their own ({@link RecordKind#withFeed()}). */
	public List<RecordKind> withFeeds() {
		return withPages().stream().filter((kind) -> kind.publicPage().feed()).toList();
	}

	/** The country profile's sections in page order, for templates ({@code ${@recordKinds.sections()}}). */
	public List<ProfileSection> sections() {
		return ProfileSection.all();
	}

	/** The kinds editors import and export as CSV. */
	public List<RecordKind> importable() {
		return this.all.stream().filter(RecordKind::importable).toList();
	}

}
