/**
 * {@code /api/v1/countries}: the country list, and each country with every section of its profile, as JSON and CSV.
 */
@NullMarked
package org.a6portal.api.country;

import org.jspecify.annotations.NullMarked;
