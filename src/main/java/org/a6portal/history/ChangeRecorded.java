package org.a6portal.history;

/**
 * A change was recorded; listeners after commit learn the new content revision.
 *
 * @param revision the change's id, which is the content revision once it commits
 */
public record ChangeRecorded(long revision) {
}
