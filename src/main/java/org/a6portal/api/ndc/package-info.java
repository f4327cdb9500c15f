/**
 * {@code /api/v1/ndc-targets}: published NDC targets with their NDC version, as JSON and CSV.
 */
@NullMarked
package org.a6portal.api.ndc;

import org.jspecify.annotations.NullMarked;
