/**
 * HTTP caching of public responses: the validators and cache headers of every public GET (one interceptor), and the
 * rendered responses kept in memory, gzip-compressed too, and served again while the content revision has not moved
 * on, so a country page read all day is rendered once per change.
 */
@NullMarked
package org.a6portal.pagecache;

import org.jspecify.annotations.NullMarked;
