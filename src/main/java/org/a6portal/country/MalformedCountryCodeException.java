package org.a6portal.country;

/**
 * The URL names a country with characters no code or slug can have: a 400, not a 404.
 */
public class MalformedCountryCodeException extends RuntimeException {

	private final String requested;

	public MalformedCountryCodeException(String requested) {
		super("Not a country code or name: '" + requested + "'");
		this.requested = requested;
	}

	public String getRequested() {
		return this.requested;
	}

}
