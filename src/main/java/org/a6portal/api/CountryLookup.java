package org.a6portal.api;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countries as the API's lists need them: a {@code country} filter checked against the countries there are, and the
 * names of the countries a page of records names, in one statement.
 */
@Service
@Transactional(readOnly = true)
public class CountryLookup {

	private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

	private final CountryRepository countries;

	CountryLookup(CountryRepository countries) {
		this.countries = countries;
	}

	/**
	 * The upper-case alpha-2 code a {@code country} filter names, or {@code null} for no filter.
	 * @throws InvalidParameterException if it is not the alpha-2 code of a country
	 */
	public @Nullable String filter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (!ALPHA_2.matcher(trimmed).matches()) {
			throw new InvalidParameterException("country", value, "country must be an ISO 3166-1 alpha-2 code such as PE"
					+ " (any case), not '" + abbreviate(value) + "'; /api/v1/countries lists them.");
		}
		String iso2 = trimmed.toUpperCase(Locale.ROOT);
		if (this.countries.findByIso2(iso2).isEmpty()) {
			throw new InvalidParameterException("country", value,
					"No country has the code '" + trimmed + "'; /api/v1/countries lists the codes there are.");
		}
		return iso2;
	}

	/** The countries with the given upper-case alpha-2 codes, by code. */
	public Map<String, Country> byIso2(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return this.countries.findByIso2In(codes).stream().collect(Collectors.toMap(Country::getIso2, Function.identity()));
	}

	static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
