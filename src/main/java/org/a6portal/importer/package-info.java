/**
 * Bulk import of official lists as CSV (the columns of the seed files): a preview of what would be added and changed,
 * with row-level errors, then one transaction that applies all of it or nothing.
 */
@NullMarked
package org.a6portal.importer;

import org.jspecify.annotations.NullMarked;
