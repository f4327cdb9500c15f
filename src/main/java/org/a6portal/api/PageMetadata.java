package org.a6portal.api;

/**
 * Where a page of a list stands in the whole list.
 *
 * @param number the page's number, from 0
 * @param size the most items a page holds
 * @param totalElements how many items match the filters, on all pages
 * @param totalPages how many pages the matching items fill
 */
public record PageMetadata(int number, int size, long totalElements, int totalPages) {
}
