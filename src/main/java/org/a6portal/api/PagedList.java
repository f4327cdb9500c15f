package org.a6portal.api;

import java.util.List;

/**
 * One page of a list resource: {@code {"items": [...], "page": {...}}}.
 *
 * @param items the page's items
 * @param page where the page stands in the whole list
 * @param <T> the representation of an item
 */
public record PagedList<T>(List<T> items, PageMetadata page) {
}
