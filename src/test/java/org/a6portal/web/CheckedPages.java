package org.a6portal.web;

import java.util.List;
import java.util.stream.Stream;

/**
 * The pages {@link AccessibilityAndValidityBrowserTests} checks with axe-core and the Nu HTML Checker, each in
 * English and in French. A new kind of page adds one line here (a path to seeded content, so it answers on a fresh
 * database).
 */
final class CheckedPages {

	/** Pages anyone may read: the status is what the page answers. */
	static final List<CheckedPage> PUBLIC = List.of(
			page("/"),
			page("/countries"),
			page("/countries/pe"),
			page("/countries/in"),
			page("/countries/in/pacm-activities"),
			page("/cooperative-approaches/ca-ch-pe"),
			page("/pacm-activities/pacm-mm-10415"),
			page("/initial-reports/ir-gh-1"),
			page("/ndc-targets/ndc-pe-2020"),
			page("/capacity-building/cb-iaa6"),
			page("/embed/countries/pe"),
			// --- timeline14 ---
			page("/timelines?region=latin_america_caribbean"),
			new CheckedPage("/countries/no-such-country", 404, false),
			page("/admin/login"),
			// --- overviewA ---
			page("/pacm-activities"),
			page("/pacm-activities?country=pe&origin=cdm_transition"),
			page("/cooperative-approaches"),
			page("/cooperative-approaches?country=ch&role=acquiring"),
			// --- overviewB ---
			page("/ndc-targets"),
			page("/ndc-targets?country=pe&conditional=true&sort=year&dir=desc"),
			page("/initial-reports"),
			page("/capacity-building"),
			page("/capacity-building?country=pe"),
			// --- compare14 ---
			page("/?measure=approaches"),
			page("/?measure=transitions"),
			page("/search?q=cookstove"),
			page("/search?q=zzyzxqwv"),
			page("/compare"),
			page("/compare?c=pe,gh"));

	/** Editors' pages: the test signs in first. */
	static final List<CheckedPage> SIGNED_IN = List.of(
			new CheckedPage("/admin/cooperative-approaches/new", 200, true),
			new CheckedPage("/admin/ndc-targets/new", 200, true));

	static final List<String> LANGUAGES = List.of("en", "fr");

	private CheckedPages() {
	}

	/** Every page in every language, as its path with {@code ?lang=}. */
	static Stream<CheckedPage> all() {
		return Stream.concat(PUBLIC.stream(), SIGNED_IN.stream())
			.flatMap((page) -> LANGUAGES.stream().map(page::in));
	}

	private static CheckedPage page(String path) {
		return new CheckedPage(path, 200, false);
	}

	record CheckedPage(String path, int status, boolean signedIn) {

		CheckedPage in(String language) {
			return new CheckedPage(this.path + (this.path.contains("?") ? "&" : "?") + "lang=" + language,
					this.status, this.signedIn);
		}

		@Override
		public String toString() {
			return this.path + (this.signedIn ? " (signed in)" : "");
		}

	}

}
