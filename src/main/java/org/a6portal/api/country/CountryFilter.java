package org.a6portal.api.country;

import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the country list; {@code null} means "any".
 *
 * @param region the UN region
 * @param q text the English, Spanish or French name contains (accents and case ignored), or an alpha-2 or alpha-3 code
 */
public record CountryFilter(@Nullable Region region, @Nullable String q) {
}
