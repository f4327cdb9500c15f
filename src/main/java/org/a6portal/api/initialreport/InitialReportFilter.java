package org.a6portal.api.initialreport;

import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the initial-report list; {@code null} means "any".
 *
 * @param country the alpha-2 code of the Party, as the request sent it
 * @param reviewStatus where the report stands in its review
 */
record InitialReportFilter(@Nullable String country, @Nullable ReviewStatus reviewStatus) {
}
