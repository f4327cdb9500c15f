package org.a6portal.api.ndc;

import org.a6portal.ndc.TargetType;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the NDC-target list; {@code null} means "any".
 *
 * @param country the alpha-2 code of the country, as the request sent it
 * @param targetType how the target is expressed
 */
public record NdcTargetFilter(@Nullable String country, @Nullable TargetType targetType) {
}
