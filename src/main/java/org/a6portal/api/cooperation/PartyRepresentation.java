package org.a6portal.api.cooperation;

import java.util.Locale;
import java.util.Map;

import org.a6portal.api.CodeOf;
import org.a6portal.api.CountryLinks;
import org.a6portal.cooperation.Participation;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.country.Country;

/**
 * A Party to a cooperative approach and its side of it.
 *
 * @param code the Party's lower-case alpha-2 code
 * @param name its English name
 * @param role {@code transferring} (the host, which sells) or {@code acquiring} (which buys)
 * @param links its profile page and API resource
 */
public record PartyRepresentation(String code, String name, @CodeOf(PartyRole.class) String role, CountryLinks links) {

	static PartyRepresentation of(Participation party, Map<String, Country> countries) {
		Country country = countries.get(party.countryIso2());
		return new PartyRepresentation(party.countryIso2().toLowerCase(Locale.ROOT),
				(country != null) ? country.getNameEn() : party.countryIso2(), party.role().code(),
				CountryLinks.of(party.countryIso2()));
	}

}
