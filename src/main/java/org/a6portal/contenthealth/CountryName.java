package org.a6portal.contenthealth;

import java.util.List;

/**
 * A country's names, to recognise them in text.
 *
 * @param iso2 the country's ISO 3166-1 alpha-2 code
 * @param names its names: English, Spanish, French, and any common short form given
 */
public record CountryName(String iso2, List<String> names) {

	public CountryName {
		names = List.copyOf(names);
	}

}
