package org.a6portal.profile;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.common.PublicationStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.Participation;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.ndc.NdcDocumentRepository;
import org.a6portal.ndc.NdcTargetRepository;
import org.a6portal.pacm.HostedActivities;
import org.a6portal.pacm.PacmSummary;
import org.a6portal.pacm.PacmTally;
import org.a6portal.profile.CountryComparison.Column;
import org.a6portal.profile.CountryComparison.Cooperation;
import org.a6portal.profile.CountryComparison.Targets;
import org.a6portal.sector.ActivityType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles {@code /compare}: for each country, the figures of its profile from the queries its page runs (its
 * approaches with their Parties and sectors, their transfers and events, its Article 6.4 tally, its NDC targets and
 * current NDC document) and the same counting rules, so the two pages never disagree; the counts of the last sections
 * (rules, initial reports, capacity-building projects) in one statement for all the countries. Six statements per
 * country and two for the page (every country, for the picker and the partners' names; the activity types),
 * whatever the number of records.
 */
@Service
@Transactional(readOnly = true)
public class CountryComparisonService {

	private final CountryRepository countries;

	private final CooperativeApproachRepository approaches;

	private final HostedActivities hosted;

	private final NdcTargetRepository targets;

	private final NdcDocumentRepository ndcDocuments;

	private final CountryProfileService profiles;

	private final JdbcClient jdbc;

	CountryComparisonService(CountryRepository countries, CooperativeApproachRepository approaches,
			HostedActivities hosted, NdcTargetRepository targets, NdcDocumentRepository ndcDocuments,
			CountryProfileService profiles, JdbcClient jdbc) {
		this.countries = countries;
		this.approaches = approaches;
		this.hosted = hosted;
		this.targets = targets;
		this.ndcDocuments = ndcDocuments;
		this.profiles = profiles;
		this.jdbc = jdbc;
	}

	/** Every country, by name in the language: the picker's choices, and what codes are resolved against. */
	public List<Country> allCountries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return this.countries.findAll()
			.stream()
			.sorted(Comparator.comparing((Country country) -> country.name(locale), collator))
			.toList();
	}

	/**
	 * The figures of the countries, in their order.
	 * @param compared the countries
	 * @param all every country (for the partners' names), as {@link #allCountries} gives them
	 */
	public CountryComparison compare(List<Country> compared, List<Country> all, Locale locale) {
		if (compared.isEmpty()) {
			return new CountryComparison(List.of());
		}
		Map<String, Country> byCode = all.stream().collect(Collectors.toMap(Country::getIso2, Function.identity()));
		Map<String, ActivityType> types = this.profiles.activityTypesByCode();
		Map<String, long[]> counts = lastSectionCounts(compared);
		Collator collator = Collator.getInstance(locale);
		List<Column> columns = new ArrayList<>();
		for (Country country : compared) {
			String iso2 = country.getIso2();
			PublicationStatus shown = PublicationStatus.PUBLISHED;
			List<CooperativeApproach> approachList = this.approaches.findPublishedByParty(iso2, shown);
			List<ItmoTransfer> transfers = this.approaches.findPublishedTransfersByParty(iso2, shown);
			List<ItmoEvent> events = this.approaches.findPublishedEventsByParty(iso2, shown);
			List<PacmTally> tallies = this.hosted.tally(iso2, shown);
			Targets targets = Targets.of(CountryProfileService.byNdcVersion(this.targets.findPublishedByCountry(iso2, shown)),
					this.ndcDocuments.findCurrentByCountry(iso2, shown));
			long[] last = counts.getOrDefault(iso2, new long[3]);
			columns.add(new Column(country, cooperation(iso2, approachList, transfers, events, byCode, collator, locale),
					PacmSummary.of(tallies), CountryProfileService.sectorBreakdown(approachList, List.of(), tallies, types),
					targets, last[0], last[1], last[2]));
		}
		return new CountryComparison(columns);
	}

	private static Cooperation cooperation(String iso2, List<CooperativeApproach> approaches, List<ItmoTransfer> transfers,
			List<ItmoEvent> events, Map<String, Country> countries, Collator collator, Locale locale) {
		int transferring = 0;
		int acquiring = 0;
		Map<String, Country> partners = new LinkedHashMap<>();
		for (CooperativeApproach approach : approaches) {
			for (Participation party : approach.getParties()) {
				if (party.countryIso2().equals(iso2)) {
					transferring += (party.role() == PartyRole.TRANSFERRING) ? 1 : 0;
					acquiring += (party.role() == PartyRole.ACQUIRING) ? 1 : 0;
				}
				else if (countries.containsKey(party.countryIso2())) {
					partners.putIfAbsent(party.countryIso2(), countries.get(party.countryIso2()));
				}
			}
		}
		BigDecimal itmos = BigDecimal.ZERO;
		int moves = 0;
		for (ItmoTransfer transfer : transfers) {
			itmos = itmos.add(transfer.getQuantityTco2e());
			moves++;
		}
		for (ItmoEvent event : events) {
			if ("transfer".equals(event.getKind()) && "transfer".equals(event.getVolumeMeaning())
					&& event.getVolumeTco2e() != null) {
				itmos = itmos.add(event.getVolumeTco2e());
				moves++;
			}
		}
		List<Country> partnerList = partners.values()
			.stream()
			.sorted(Comparator.comparing((Country country) -> country.name(locale), collator))
			.toList();
		return new Cooperation(approaches.size(), transferring, acquiring, partnerList, itmos, moves);
	}

	/**
	 * Per country: published Article 6 institutions and rules, initial reports and capacity-building projects naming
	 * it, the published records the last two sections of its page list; one statement for all the countries.
	 */
	private Map<String, long[]> lastSectionCounts(List<Country> compared) {
		return this.jdbc.sql("""
				SELECT c.iso2,
				       (SELECT count(*) FROM sd_statement s
				         WHERE s.country_iso2 = c.iso2 AND s.publication_status = 'published') AS rules,
				       (SELECT count(*) FROM initial_report r
				         WHERE r.country_iso2 = c.iso2 AND r.publication_status = 'published') AS reports,
				       (SELECT count(*) FROM capacity_building_country k
				          JOIN capacity_building_project p ON p.id = k.project_id
				         WHERE k.country_iso2 = c.iso2 AND p.publication_status = 'published') AS projects
				FROM country c
				WHERE c.iso2 IN (:codes)
				""")
			.param("codes", compared.stream().map(Country::getIso2).filter(Objects::nonNull).toList())
			.query((rs, n) -> Map.entry(rs.getString("iso2"),
					new long[] { rs.getLong("rules"), rs.getLong("reports"), rs.getLong("projects") }))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
