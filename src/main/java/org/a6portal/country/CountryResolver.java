package org.a6portal.country;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what a visitor typed after {@code /countries/} into a country: the alpha-2 code in any case, the alpha-3
 * code, the name slug or a slug the country had before a rename. Only the lower-case alpha-2 code is canonical; the
 * others are redirected to it.
 */
@Service
@Transactional(readOnly = true)
public class CountryResolver {

	private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern ALPHA_3 = Pattern.compile("[A-Za-z]{3}");

	private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

	private static final int MAX_LENGTH = 80;

	private static final int MAX_CLOSE_MATCHES = 5;

	private final CountryRepository countries;

	private final CountrySlugHistory slugHistory;

	public CountryResolver(CountryRepository countries, CountrySlugHistory slugHistory) {
		this.countries = countries;
		this.slugHistory = slugHistory;
	}

	/**
	 * The country the text names.
	 * @throws MalformedCountryCodeException if no code or slug could look like this
	 * @throws NoSuchCountryException if it could, but none does
	 */
	public ResolvedCountry resolve(String requested) {
		if (requested.length() > MAX_LENGTH || !SLUG.matcher(requested).matches()) {
			throw new MalformedCountryCodeException(requested);
		}
		String lower = requested.toLowerCase(Locale.ROOT);
		Optional<Country> found;
		if (ALPHA_2.matcher(requested).matches()) {
			found = this.countries.findByIso2(requested.toUpperCase(Locale.ROOT));
		}
		else if (ALPHA_3.matcher(requested).matches()) {
			found = this.countries.findByIso3(requested.toUpperCase(Locale.ROOT));
		}
		else {
			found = this.countries.findBySlug(lower)
				.or(() -> this.slugHistory.countryOf(lower).flatMap(this.countries::findByIso2));
		}
		return found.map((country) -> new ResolvedCountry(country, requested.equals(country.getCode())))
			.orElseThrow(() -> new NoSuchCountryException(requested, closeMatches(lower)));
	}

	/** Countries whose codes or names are close to the text: a typo, a prefix, or a word of the name. */
	List<Country> closeMatches(String text) {
		return this.countries.findAll()
			.stream()
			.map((country) -> new Match(country, distance(text, country)))
			.filter((match) -> match.distance() <= Math.max(1, text.length() / 3))
			.sorted(Comparator.comparingInt(Match::distance).thenComparing((match) -> match.country().getNameEn()))
			.limit(MAX_CLOSE_MATCHES)
			.map(Match::country)
			.toList();
	}

	private static int distance(String text, Country country) {
		String slug = country.getSlug();
		if (text.length() >= 3 && (slug.startsWith(text) || slug.contains("-" + text))) {
			return 0;
		}
		int best = Math.min(levenshtein(text, country.getCode()), levenshtein(text, country.getIso3().toLowerCase(Locale.ROOT)));
		best = Math.min(best, levenshtein(text, slug));
		best = Math.min(best, levenshtein(text, CountryNames.slugOf(country.getNameEs())));
		return Math.min(best, levenshtein(text, CountryNames.slugOf(country.getNameFr())));
	}

	static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * @param country the country named
	 * @param canonical whether it was named by its canonical, lower-case alpha-2 code
	 */
	public record ResolvedCountry(Country country, boolean canonical) {
	}

	private record Match(Country country, int distance) {
	}

}
