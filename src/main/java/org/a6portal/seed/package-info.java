/**
 * Fills an empty database with the sourced seed data in {@code db/seed/} and keeps it in step with new releases of
 * those files, without ever overwriting a record an editor changed.
 */
@NullMarked
package org.a6portal.seed;

import org.jspecify.annotations.NullMarked;
