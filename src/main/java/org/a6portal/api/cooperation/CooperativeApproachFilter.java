package org.a6portal.api.cooperation;

import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.PartyRole;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the cooperative-approach list; {@code null} means "any". The overview page
 * {@code /cooperative-approaches} takes the same parameters with the same meaning.
 *
 * @param country the alpha-2 code of a Party, as the request sent it
 * @param status the approach's status
 * @param instrument the kind of document
 * @param role the role the {@code country} Party has in the approach (with no country: any Party's, so no filter)
 * @param year the year the approach was signed
 */
public record CooperativeApproachFilter(@Nullable String country, @Nullable ApproachStatus status,
		@Nullable Instrument instrument, @Nullable PartyRole role, @Nullable Integer year) {

	/** Party, status and instrument only. */
	public CooperativeApproachFilter(@Nullable String country, @Nullable ApproachStatus status,
			@Nullable Instrument instrument) {
		this(country, status, instrument, null, null);
	}

}
