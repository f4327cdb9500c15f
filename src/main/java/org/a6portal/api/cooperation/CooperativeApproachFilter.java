package org.a6portal.api.cooperation;

import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.Instrument;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the cooperative-approach list; {@code null} means "any".
 *
 * @param country the alpha-2 code of a Party, as the request sent it
 * @param status the approach's status
 * @param instrument the kind of document
 */
public record CooperativeApproachFilter(@Nullable String country, @Nullable ApproachStatus status,
		@Nullable Instrument instrument) {
}
