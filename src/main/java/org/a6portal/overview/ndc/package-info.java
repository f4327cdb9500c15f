/**
 * {@code /ndc-targets}: NDC targets across countries, with a summary, a by-region table and a map, for any filter.
 */
@NullMarked
package org.a6portal.overview.ndc;

import org.jspecify.annotations.NullMarked;
