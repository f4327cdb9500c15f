package org.a6portal.api.initialreport;

import org.a6portal.country.Region;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the initial-report list; {@code null} means "any". The overview page {@code /initial-reports}
 * takes the same names with the same meaning.
 *
 * @param country the alpha-2 code of the Party, as the request sent it
 * @param region the Party's region
 * @param reviewStatus where the report stands in its review
 */
record InitialReportFilter(@Nullable String country, @Nullable Region region, @Nullable ReviewStatus reviewStatus) {
}
