/**
 * The portal-wide overview pages ({@code /cooperative-approaches}, {@code /pacm-activities}, …) and what they share:
 * reading list parameters strictly ({@link ListParameters}), the page of a list ({@link Pager}), the query string of a
 * filter state ({@link QueryString}) and the by-region summary ({@link RegionSummary}). Each page lives in a
 * sub-package of its own.
 */
@NullMarked
package org.a6portal.overview;

import org.jspecify.annotations.NullMarked;
