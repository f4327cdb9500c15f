package org.a6portal.admin;

import org.a6portal.common.SourcedRecord;

/**
 * {@link EditableRecords} of a public, sourced record: its id, version and publication come from
 * {@link SourcedRecord}.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public interface SourcedRecords<E extends SourcedRecord, F extends SourcedRecordForm> extends EditableRecords<E, F> {

	@Override
	default String idOf(E entity) {
		return String.valueOf(entity.getId());
	}

	@Override
	default long versionOf(E entity) {
		return entity.getVersion();
	}

	@Override
	default boolean isPublished(E entity) {
		return entity.isPublished();
	}

}
