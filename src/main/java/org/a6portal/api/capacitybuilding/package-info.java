/**
 * {@code /api/v1/capacity-building-projects}: published capacity-building projects with the countries they involve,
 * as JSON and CSV.
 */
@NullMarked
package org.a6portal.api.capacitybuilding;

import org.jspecify.annotations.NullMarked;
