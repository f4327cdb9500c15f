/**
 * {@code /pacm-activities}: the PACM pipeline across countries, filtered with the API's own parameters, summarised,
 * sorted and paged through indexes whatever the number of activities.
 */
@NullMarked
package org.a6portal.overview.pacm;

import org.jspecify.annotations.NullMarked;
