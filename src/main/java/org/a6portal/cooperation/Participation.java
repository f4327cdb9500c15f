package org.a6portal.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A Party's participation in a cooperative approach.
 *
 * @param countryIso2 the Party's alpha-2 code
 * @param role transferring or acquiring
 */
@Embeddable
public record Participation(@Column(name = "country_iso2") String countryIso2, PartyRole role) {
}
