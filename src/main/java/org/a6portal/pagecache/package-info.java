/**
 * Rendered public responses kept in memory and served again while the content revision has not moved on, so a
 * country page read all day is rendered once per change.
 */
@NullMarked
package org.a6portal.pagecache;

import org.jspecify.annotations.NullMarked;
