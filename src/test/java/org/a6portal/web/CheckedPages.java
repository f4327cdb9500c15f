package org.a6portal.web;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The pages {@link AccessibilityAndValidityBrowserTests} checks with axe-core and the Nu HTML Checker. The pages the
 * portal's issue names (home, a country page, search results, each overview page, compare, an admin form) are checked
 * in every language; every other page in one, English, Spanish and French taking turns down the list (axe-core takes
 * seconds a page). A new kind of page adds one line here (a path to seeded content, so it answers on a fresh
 * database).
 */
final class CheckedPages {

	/** Pages anyone may read: the status is what the page answers. */
	static final List<CheckedPage> PUBLIC = List.of(
			everyLanguage("/"),
			page("/countries"),
			everyLanguage("/countries/pe"),
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
			new CheckedPage("/countries/no-such-country", 404, false, false),
			page("/admin/login"),
			// --- overviewA ---
			everyLanguage("/pacm-activities"),
			page("/pacm-activities?country=pe&origin=cdm_transition"),
			everyLanguage("/cooperative-approaches"),
			page("/cooperative-approaches?country=ch&role=acquiring"),
			// --- overviewB ---
			everyLanguage("/ndc-targets"),
			page("/ndc-targets?country=pe&conditional=true&sort=year&dir=desc"),
			everyLanguage("/initial-reports"),
			everyLanguage("/capacity-building"),
			page("/capacity-building?country=pe"),
			// --- compare14 ---
			page("/?measure=approaches"),
			page("/?measure=transitions"),
			everyLanguage("/search?q=cookstove"),
			page("/search?q=zzyzxqwv"),
			page("/compare"),
			everyLanguage("/compare?c=pe,gh"));

	/** Editors' pages: the test signs in first. */
	static final List<CheckedPage> SIGNED_IN = List.of(
			new CheckedPage("/admin/cooperative-approaches/new", 200, true, true),
			new CheckedPage("/admin/ndc-targets/new", 200, true, false));

	static final List<String> LANGUAGES = List.of("en", "es", "fr");

	private CheckedPages() {
	}

	/** Every page in its languages, as its path with {@code ?lang=}. */
	static Stream<CheckedPage> all() {
		List<CheckedPage> pages = Stream.concat(PUBLIC.stream(), SIGNED_IN.stream()).toList();
		return IntStream.range(0, pages.size()).boxed().flatMap((index) -> {
			CheckedPage page = pages.get(index);
			List<String> languages = page.everyLanguage() ? LANGUAGES
					: List.of(LANGUAGES.get(index % LANGUAGES.size()));
			return languages.stream().map(page::in);
		});
	}

	private static CheckedPage page(String path) {
		return new CheckedPage(path, 200, false, false);
	}

	private static CheckedPage everyLanguage(String path) {
		return new CheckedPage(path, 200, false, true);
	}

	record CheckedPage(String path, int status, boolean signedIn, boolean everyLanguage) {

		CheckedPage in(String language) {
			return new CheckedPage(this.path + (this.path.contains("?") ? "&" : "?") + "lang=" + language,
					this.status, this.signedIn, this.everyLanguage);
		}

		@Override
		public String toString() {
			return this.path + (this.signedIn ? " (signed in)" : "");
		}

	}

}
