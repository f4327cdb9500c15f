package org.a6portal.admin;

import java.io.Serializable;
import java.util.List;

/**
 * Countries a save took out of one of a record's lists, for the confirmation ("Saved. Removed from …: Peru (PE)").
 * Kept in the session as a flash attribute until the next page, hence serialisable.
 *
 * @param labelKey the message key of the list's label
 * @param countries the countries removed, as "Peru (PE)"
 */
public record RemovedCountries(String labelKey, List<String> countries) implements Serializable {

	public RemovedCountries {
		countries = List.copyOf(countries);
	}

}
