package org.a6portal.pacm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A Party that authorises a PACM activity's emission reductions, or acquires them.
 *
 * @param countryIso2 the Party's alpha-2 code
 * @param role authorizing or acquiring
 */
@Embeddable
public record PacmParty(@Column(name = "country_iso2") String countryIso2, PacmPartyRole role) {
}
