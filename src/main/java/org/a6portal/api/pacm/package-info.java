/**
 * {@code /api/v1/pacm-activities}: published Article 6.4 (PACM) activities, as JSON and CSV.
 */
@NullMarked
package org.a6portal.api.pacm;

import org.jspecify.annotations.NullMarked;
