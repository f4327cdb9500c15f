package org.a6portal.api.country;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.api.CountryLinks;
import org.a6portal.api.CountryLookup;
import org.a6portal.api.InvalidParameterException;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.api.capacitybuilding.CapacityBuildingProjectQueries;
import org.a6portal.api.cooperation.CooperativeApproachRepresentation;
import org.a6portal.api.pacm.PacmActivityRepresentation;
import org.a6portal.api.Codes;
import org.a6portal.common.PublicationStatus;
import org.a6portal.country.Country;
import org.a6portal.country.CountryDirectory;
import org.a6portal.country.CountryRepository;
import org.a6portal.pacm.PacmActivityRepository;
import org.a6portal.profile.CountryProfile;
import org.a6portal.profile.CountryProfileService;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countries for the API. The list reads every country and the directory's counts (two statements; there are about
 * 250 countries) and filters, orders by code and pages in memory. A country's detail is its public profile
 * ({@link CountryProfileService#profileOf(Country)}, a fixed number of statements) plus one for the names of the
 * countries it mentions.
 */
@Service
@Transactional(readOnly = true)
public class CountryQueries {

	static final int MAX_QUERY_LENGTH = 100;

	private final CountryRepository countries;

	private final CountryDirectory directory;

	private final CountryProfileService profiles;

	private final CountryLookup lookup;

	private final PacmActivityRepository pacm;

	CountryQueries(CountryRepository countries, CountryDirectory directory, CountryProfileService profiles,
			CountryLookup lookup, PacmActivityRepository pacm) {
		this.pacm = pacm;
		this.countries = countries;
		this.directory = directory;
		this.profiles = profiles;
		this.lookup = lookup;
	}

	public PagedList<CountrySummaryRepresentation> list(CountryFilter filter, Paging paging) {
		List<CountrySummaryRepresentation> matching = all(filter);
		int from = (int) Math.min((long) paging.page() * paging.size(), matching.size());
		int to = Math.min(from + paging.size(), matching.size());
		return paging.list(new PageImpl<>(matching.subList(from, to), paging.pageable(), matching.size()),
				Function.identity());
	}

	/** Every country matching the filters, by alpha-2 code. */
	public List<CountrySummaryRepresentation> all(CountryFilter filter) {
		String needle = needle(filter.q());
		Map<String, CountryDirectory.Entry> counts = this.directory.entries()
			.stream()
			.collect(Collectors.toMap(CountryDirectory.Entry::iso2, Function.identity()));
		return this.countries.findAll()
			.stream()
			.filter((country) -> filter.region() == null || filter.region() == country.getRegion())
			.filter((country) -> needle.isEmpty() || matches(country, needle))
			.sorted(Comparator.comparing(Country::getIso2))
			.map((country) -> CountrySummaryRepresentation.of(country, counts.get(country.getIso2())))
			.toList();
	}

	/** The country with every section of its public profile. */
	public CountryRepresentation detail(Country country) {
		CountryProfile profile = this.profiles.profileOf(country);
		Map<String, Country> named = this.lookup.byIso2(countriesNamedBy(profile));
		List<CooperativeApproachRepresentation> approaches = profile.cooperation()
			.stream()
			.map((approach) -> CooperativeApproachRepresentation.of(approach.approach(), approach.activities(),
					approach.transfers(), named))
			.toList();
		CountryRepresentation.CountrySections sections = new CountryRepresentation.CountrySections(approaches,
				// the page shows the largest; the API gives every one
				this.pacm.findPublishedByHost(country.getIso2(), PublicationStatus.PUBLISHED)
					.stream()
					.map((activity) -> PacmActivityRepresentation.of(activity, named))
					.toList(),
				SectorBreakdownRepresentation.of(profile.sectors()),
				profile.targets().stream().map((version) -> NdcVersionRepresentation.of(version, named)).toList(),
				SustainableDevelopmentRepresentation.of(profile.sustainableDevelopment().statements(),
						profile.sustainableDevelopment().initialReports()),
				CapacityBuildingProjectQueries.represent(profile.capacityBuilding(), named));
		return new CountryRepresentation(country.getCode(), country.getCode(), country.getIso2(), country.getIso3(),
				country.getNumericCode(), country.getNameEn(),
				new CountryNamesRepresentation(country.getNameEn(), country.getNameEs(), country.getNameFr()),
				country.getSlug(), Codes.of(country.getRegion()), country.getSubregion(), country.isUnfcccParty(),
				country.isAnnexI(), country.getSummary(), Codes.of(country.getAuthorizationArrangement()),
				Codes.of(country.getTrackingArrangement()), profile.lastUpdated(), sections,
				CountryLinks.of(country.getIso2()));
	}

	private static Set<String> countriesNamedBy(CountryProfile profile) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(profile.country().getIso2());
		profile.cooperation().forEach((approach) -> codes.addAll(CooperativeApproachRepresentation
			.countriesNamedBy(List.of(approach.approach()), approach.transfers())));
		codes.addAll(CapacityBuildingProjectQueries.countriesOf(profile.capacityBuilding()));
		return codes;
	}

	private static String needle(@Nullable String q) {
		if (q == null) {
			return "";
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("q", q.substring(0, 40) + "…",
					"q must be at most " + MAX_QUERY_LENGTH + " characters long, not " + q.length() + ".");
		}
		return fold(q);
	}

	private static boolean matches(Country country, String needle) {
		return fold(country.getNameEn()).contains(needle) || fold(country.getNameEs()).contains(needle)
				|| fold(country.getNameFr()).contains(needle) || country.getIso2().equalsIgnoreCase(needle)
				|| country.getIso3().equalsIgnoreCase(needle);
	}

	/** Lower case without accents: "Perú" and "peru" match. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

}
