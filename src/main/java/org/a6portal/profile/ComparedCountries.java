package org.a6portal.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.a6portal.common.BadRequestException;
import org.a6portal.common.NotFoundException;
import org.a6portal.country.Country;
import org.a6portal.country.CountryResolver;
import org.a6portal.country.NoSuchCountryException;
import org.jspecify.annotations.Nullable;

/**
 * The countries {@code /compare?c=} names, read from the query string: codes or names separated by commas, in one
 * {@code c} or several (the picker's form sends one {@code c} per country). Each is a country's alpha-2 code in any
 * case, its alpha-3 code, its name slug or a slug it had before a rename, as on {@code /countries/}. The canonical
 * address lists lower-case alpha-2 codes in the order given, each once, in one {@code c}: {@code /compare?c=pe,gh}.
 */
final class ComparedCountries {

	static final String PARAMETER = "c";

	/** Longer than four of the longest names, commas included, is not a list of countries. */
	static final int MAX_LENGTH = 200;

	/** The longest country name slug is about 50 characters; the country resolver takes up to 80. */
	private static final int MAX_NAME_LENGTH = 80;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

	private ComparedCountries() {
	}

	/**
	 * The names given, in order, trimmed, blanks left out (an empty {@code c} names nothing).
	 * @throws InvalidComparisonException if the text is too long, or a name has characters no code or name has
	 */
	static List<String> names(String @Nullable [] values) {
		List<String> names = new ArrayList<>();
		if (values == null) {
			return names;
		}
		int length = 0;
		for (String value : values) {
			length += value.length() + 1;
			if (length > MAX_LENGTH) {
				throw new InvalidComparisonException("compare.error.tooLong", shortened(value));
			}
			for (String part : value.split(",", -1)) {
				String name = part.strip();
				if (name.isEmpty()) {
					continue;
				}
				if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
					throw new InvalidComparisonException("compare.error.code", shortened(name));
				}
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * The countries the names stand for, in order, each once.
	 * @param all every country
	 * @param resolver for names that are none of a country's current codes or slug (an old slug)
	 * @throws NoSuchComparedCountryException if a name is no country's
	 * @throws InvalidComparisonException if they are more than {@link CountryComparison#MAXIMUM} countries
	 */
	static List<Country> resolve(List<String> names, List<Country> all, CountryResolver resolver, @Nullable String lang) {
		Map<String, Country> found = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		List<Country> closeMatches = new ArrayList<>();
		for (String name : names) {
			Country country = find(name, all);
			if (country == null) {
				try {
					country = resolver.resolve(name).country();
				}
				catch (NoSuchCountryException ex) {
					if (unknown.isEmpty()) {
						closeMatches.addAll(ex.getCloseMatches());
					}
					unknown.add(name);
					continue;
				}
			}
			found.putIfAbsent(country.getIso2(), country);
		}
		if (found.size() + unknown.size() > CountryComparison.MAXIMUM) {
			throw new InvalidComparisonException("compare.error.tooMany", String.valueOf(found.size() + unknown.size()));
		}
		List<Country> countries = List.copyOf(found.values());
		if (!unknown.isEmpty()) {
			throw new NoSuchComparedCountryException(unknown, closeMatches, countries, lang);
		}
		return countries;
	}

	private static @Nullable Country find(String name, List<Country> all) {
		String upper = name.toUpperCase(Locale.ROOT);
		String lower = name.toLowerCase(Locale.ROOT);
		for (Country country : all) {
			if ((name.length() == 2 && country.getIso2().equals(upper))
					|| (name.length() == 3 && country.getIso3().equals(upper)) || country.getSlug().equals(lower)) {
				return country;
			}
		}
		return null;
	}

	/**
	 * The canonical address comparing these countries, with the page language if the address chose one.
	 * @param codes lower-case alpha-2 codes
	 */
	static String href(List<String> codes, @Nullable String lang) {
		StringBuilder href = new StringBuilder("/compare");
		if (!codes.isEmpty()) {
			href.append("?c=").append(String.join(",", codes));
		}
		if (lang != null) {
			href.append(codes.isEmpty() ? '?' : '&').append("lang=").append(lang);
		}
		return href.toString();
	}

	private static String shortened(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

	/**
	 * The links of a comparison page.
	 * @param codes the countries compared, lower-case alpha-2 codes in order
	 * @param lang the language the address chose, or {@code null}
	 */
	record Links(List<String> codes, @Nullable String lang) {

		/** The page without this country. */
		public String removing(String code) {
			return href(this.codes.stream().filter((other) -> !other.equals(code)).toList(), this.lang);
		}

	}

	/** Input that cannot name countries to compare: a 400 page that says why. */
	static final class InvalidComparisonException extends BadRequestException {

		private final String key;

		InvalidComparisonException(String key, String requested) {
			super("Invalid comparison: " + key, requested);
			this.key = key;
		}

		@Override
		public String messageKey() {
			return this.key;
		}

	}

	/**
	 * A well-formed name no country has: a 404 page that names it, offers the closest countries in its place and the
	 * comparison of the others.
	 */
	static final class NoSuchComparedCountryException extends NotFoundException {

		private final transient Map<String, Object> model;

		NoSuchComparedCountryException(List<String> unknown, List<Country> closeMatches, List<Country> known,
				@Nullable String lang) {
			super("No country answers to " + unknown);
			List<String> knownCodes = known.stream().map(Country::getCode).toList();
			List<Suggestion> suggestions = closeMatches.stream()
				.filter((country) -> !knownCodes.contains(country.getCode()))
				.map((country) -> new Suggestion(country, href(with(knownCodes, country.getCode()), lang)))
				.toList();
			this.model = Map.of("requested", String.join(", ", unknown), "suggestions", suggestions, "known", known,
					"withoutUnknown", href(knownCodes, lang));
		}

		private static List<String> with(List<String> codes, String code) {
			List<String> all = new ArrayList<>(codes);
			all.add(code);
			return all;
		}

		@Override
		public String viewName() {
			return "compare/not-found";
		}

		@Override
		public Map<String, Object> model() {
			return this.model;
		}

	}

	/**
	 * @param country a country close to what was typed
	 * @param href the comparison with it in place of the unknown name
	 */
	record Suggestion(Country country, String href) {
	}

}
