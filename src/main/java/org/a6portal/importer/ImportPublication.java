package org.a6portal.importer;

import org.a6portal.common.CodedEnum;

/**
 * What an import does to the publication of the records it touches, where the file's {@code publication_status}
 * column does not say: keep each record's (new records as drafts), publish them all, or make them all drafts.
 */
public enum ImportPublication implements CodedEnum {

	KEEP, PUBLISH, DRAFT

}
