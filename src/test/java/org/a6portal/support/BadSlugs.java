package org.a6portal.support;

import java.util.List;

/**
 * Strange record ids for the bad-input tests of record routes, as they would be sent (percent-encoded where a URL
 * needs it; pass them through {@code URI.create} so that MockMvc does not encode them again).
 */
public final class BadSlugs {

	/** Ids no record can have: a 400 that says what an id looks like. */
	public static final List<String> MALFORMED = List.of("CA-CH-PE", "No", "ca_ch_pe", "ca--ch", "-ca", "ca-ch-pe.json",
			"a.b", "%C3%A9t%C3%A9", "a%20b", "a%22b", "a".repeat(10_000));

	/** A null byte, a line feed, a semicolon: Spring Security's firewall refuses the URL with a 400 before any handler. */
	public static final List<String> REFUSED_BY_FIREWALL = List.of("a%00b", "a%0Ab", "%27%3Bdrop");

	/** Other control and text-direction characters are removed as the path is read: "ab" is no record, a 404. */
	public static final List<String> REMOVED = List.of("a%07b", "a%E2%80%AEb");

	private BadSlugs() {
	}

}
