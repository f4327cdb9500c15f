package org.a6portal.country;

import java.util.List;
import java.util.Map;

import org.a6portal.common.NotFoundException;

/**
 * No country answers to the code or slug in the URL. Its 404 page offers the closest matches.
 */
public class NoSuchCountryException extends NotFoundException {

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

	@Override
	public String viewName() {
		return "error/country-not-found";
	}

	@Override
	public Map<String, Object> model() {
		return Map.of("requested", this.requested, "closeMatches", this.closeMatches);
	}

}
