package org.a6portal.api;

/**
 * Where a record can be read: its own page, its API resource and CSV, its feed of public changes and its embed.
 *
 * @param page its public page, {@code /cooperative-approaches/ca-ch-pe}
 * @param api its API resource, {@code /api/v1/cooperative-approaches/ca-ch-pe}
 * @param csv its API resource as CSV, {@code /api/v1/cooperative-approaches/ca-ch-pe.csv}
 * @param feed its Atom feed of public changes, {@code /cooperative-approaches/ca-ch-pe/changes.atom}
 * @param embed its compact view for an iframe, {@code /embed/cooperative-approaches/ca-ch-pe}
 */
public record RecordLinks(String page, String api, String csv, String feed, String embed) {

	/** Cooperative approaches, PACM activities and initial reports share their path's name with their API's. */
	public static RecordLinks of(String collection, String slug) {
		String page = "/" + collection + "/" + slug;
		String api = "/api/v1/" + collection + "/" + slug;
		return new RecordLinks(page, api, api + ".csv", page + "/changes.atom", "/embed/" + collection + "/" + slug);
	}

	public static RecordLinks approach(String slug) {
		return of("cooperative-approaches", slug);
	}

	public static RecordLinks pacmActivity(String slug) {
		return of("pacm-activities", slug);
	}

	public static RecordLinks initialReport(String slug) {
		return of("initial-reports", slug);
	}

}
