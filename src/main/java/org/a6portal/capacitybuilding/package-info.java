/**
 * Capacity-building projects, each involving one or many countries, and their public pages.
 */
@NullMarked
package org.a6portal.capacitybuilding;

import org.jspecify.annotations.NullMarked;
