/**
 * {@code /cooperative-approaches}: every published Article 6.2 cooperative approach, filtered with the API's own
 * parameters, summarised (approaches, Parties, ITMOs transferred, by region), sorted and paged.
 */
@NullMarked
package org.a6portal.overview.cooperation;

import org.jspecify.annotations.NullMarked;
