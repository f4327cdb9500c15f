/**
 * Compact, self-contained views of a country (or one section of it) that partner sites put in an iframe.
 */
@NullMarked
package org.a6portal.embed;

import org.jspecify.annotations.NullMarked;
