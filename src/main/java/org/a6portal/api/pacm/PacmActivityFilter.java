package org.a6portal.api.pacm;

import org.a6portal.pacm.Origin;
import org.a6portal.pacm.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the PACM-activity list; {@code null} means "any".
 *
 * @param country the alpha-2 code of the host Party, as the request sent it
 * @param stage the activity's stage
 * @param origin CDM transition or new activity
 */
public record PacmActivityFilter(@Nullable String country, @Nullable Stage stage, @Nullable Origin origin) {
}
