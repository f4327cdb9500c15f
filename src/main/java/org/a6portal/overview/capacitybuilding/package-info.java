/**
 * {@code /capacity-building}: the capacity-building directory, with a summary, a by-region table and a map.
 */
@NullMarked
package org.a6portal.overview.capacitybuilding;

import org.jspecify.annotations.NullMarked;
