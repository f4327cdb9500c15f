/**
 * {@code /api}: the API described for people (endpoints, filters, CSV columns, errors, licences), built from the
 * same enumerations and column lists the API uses, so it cannot drift from it.
 */
@NullMarked
package org.a6portal.api.guide;

import org.jspecify.annotations.NullMarked;
