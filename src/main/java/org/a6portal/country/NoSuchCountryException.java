package org.a6portal.country;

import java.util.List;

/**
 * No country answers to the code or slug in the URL. Carries the closest matches for the 404 page.
 */
public class NoSuchCountryException extends RuntimeException {

	private final String requested;

	private final transient List<Country> closeMatches;

	public NoSuchCountryException(String requested, List<Country> closeMatches) {
		super("No country with code or name '" + requested + "'");
		this.requested = requested;
		this.closeMatches = List.copyOf(closeMatches);
	}

	public String getRequested() {
		return this.requested;
	}

	public List<Country> getCloseMatches() {
		return this.closeMatches;
	}

}
