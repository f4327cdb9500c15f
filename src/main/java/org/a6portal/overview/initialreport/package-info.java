/**
 * {@code /initial-reports}: the Parties' Article 6.2 initial reports, with a summary, a by-region table and a map.
 */
@NullMarked
package org.a6portal.overview.initialreport;

import org.jspecify.annotations.NullMarked;
