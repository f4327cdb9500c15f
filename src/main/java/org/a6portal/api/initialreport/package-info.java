/**
 * {@code /api/v1/initial-reports}: published Article 6.2 initial reports with their Party and the approaches they
 * describe, as JSON and CSV, as a list and one by one.
 */
@NullMarked
package org.a6portal.api.initialreport;

import org.jspecify.annotations.NullMarked;
