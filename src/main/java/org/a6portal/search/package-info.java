/**
 * Search across every public record ({@code /search?q=}): PostgreSQL full-text search over one index table kept by
 * triggers (migration V20), results grouped by kind.
 */
@NullMarked
package org.a6portal.search;

import org.jspecify.annotations.NullMarked;
