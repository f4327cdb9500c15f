package org.a6portal.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.a6portal.capacitybuilding.CapacityBuildingProjectRepository;
import org.a6portal.common.PublicationStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.cooperation.Participation;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.ndc.NdcDocument;
import org.a6portal.ndc.NdcDocumentRepository;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.NdcTargetRepository;
import org.a6portal.history.ContentRevision;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.HostedActivities;
import org.a6portal.pacm.PacmSummary;
import org.a6portal.pacm.PacmTally;
import org.a6portal.profile.CountryProfile.Approach;
import org.a6portal.profile.CountryProfile.NdcVersion;
import org.a6portal.profile.CountryProfile.Partner;
import org.a6portal.profile.CountryProfile.SustainableDevelopment;
import org.a6portal.sector.ActivityType;
import org.a6portal.sector.ActivityTypeRepository;
import org.a6portal.sector.Sector;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.SdStatement;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentRepository;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a country's profile from its published records (or, for an editor's preview, its drafts too). It runs
 * the same statements whatever the number of records: one per kind of record, each with its fetch plan, one for the
 * partner countries and one for "Last updated", never one per row.
 */
@Service
@Transactional(readOnly = true)
public class CountryProfileService {

	private final CountryRepository countries;

	private final CooperativeApproachRepository approaches;

	private final HostedActivities hosted;

	private final NdcTargetRepository targets;

	private final SustainableDevelopmentRepository sustainableDevelopment;

	private final CapacityBuildingProjectRepository capacityBuilding;

	private final ContentRevision revision;

	private final ActivityTypeRepository activityTypes;

	private final NdcDocumentRepository ndcDocuments;

	CountryProfileService(ActivityTypeRepository activityTypes, CountryRepository countries, CooperativeApproachRepository approaches,
			HostedActivities hosted, NdcTargetRepository targets,
			SustainableDevelopmentRepository sustainableDevelopment, CapacityBuildingProjectRepository capacityBuilding,
			ContentRevision revision, NdcDocumentRepository ndcDocuments) {
		this.ndcDocuments = ndcDocuments;
		this.revision = revision;
		this.activityTypes = activityTypes;
		this.countries = countries;
		this.approaches = approaches;
		this.hosted = hosted;
		this.targets = targets;
		this.sustainableDevelopment = sustainableDevelopment;
		this.capacityBuilding = capacityBuilding;
	}

	/** The profile the public sees: published records only. */
	public CountryProfile profileOf(Country country) {
		return profileOf(country, PublicationStatus.PUBLISHED, null);
	}

	/**
	 * The public profile, when the caller already knows its last content change ({@link Instant#EPOCH}: none, as
	 * {@code PublicValidators} stamps a page without one).
	 */
	public CountryProfile profileOf(Country country, Instant lastPublicChange) {
		return profileOf(country, PublicationStatus.PUBLISHED, lastPublicChange);
	}

	/** The profile as it will look once its drafts are published: for editors' previews. */
	public CountryProfile previewOf(Country country) {
		return profileOf(country, null, null);
	}

	/**
	 * @param shown the status of the records shown, or {@code null} for all. A single value rather than a set of
	 * statuses, so Hibernate can keep each statement's translation to SQL (it cannot for list parameters).
	 */
	private CountryProfile profileOf(Country country, @Nullable PublicationStatus shown, @Nullable Instant knownLastChange) {
		String iso2 = country.getIso2();
		List<CooperativeApproach> approachList = this.approaches.findPublishedByParty(iso2, shown);
		List<MitigationActivity> activities = this.approaches.findPublishedActivitiesByParty(iso2, shown);
		List<ItmoTransfer> transfers = this.approaches.findPublishedTransfersByParty(iso2, shown);
		List<ItmoEvent> events = this.approaches.findPublishedEventsByParty(iso2, shown);
		List<PacmTally> pacmTallies = this.hosted.tally(iso2, shown);
		// the same statements for every country, with or without activities: the page's cost never depends on its data
		List<PacmActivity> shownActivities = this.hosted.slice(iso2,
				HostedActivities.Slice.largest(shown, PacmSection.LARGEST, PacmSection.COMPONENTS));
		List<PacmActivity> largest = shownActivities.stream().filter((activity) -> !activity.isComponent()).toList();
		List<PacmActivity> components = shownActivities.stream().filter(PacmActivity::isComponent).toList();
		List<NdcTarget> ndcTargets = this.targets.findPublishedByCountry(iso2, shown);
		List<NdcDocument> currentNdc = this.ndcDocuments.findCurrentByCountry(iso2, shown);
		List<SdStatement> statements = this.sustainableDevelopment.findPublishedStatements(iso2, shown);
		List<InitialReport> reports = this.sustainableDevelopment.findPublishedInitialReports(iso2, shown);
		List<CapacityBuildingProject> projects = this.capacityBuilding.findPublishedByCountry(iso2, shown);

		Set<String> partnerCodes = new HashSet<>();
		partnerCodes.add(iso2);
		approachList.forEach((approach) -> approach.getParties().forEach((party) -> partnerCodes.add(party.countryIso2())));
		Map<String, Country> partners = this.countries.findByIso2In(partnerCodes)
			.stream()
			.collect(Collectors.toMap(Country::getIso2, Function.identity()));

		List<Approach> cooperation = approachList.stream()
			.sorted(ApproachOrder.NEWEST_FIRST)
			.map((approach) -> asSeenBy(iso2, approach, partners, activities, transfers, events))
			.toList();
		// when the content the page shows last changed; none if it shows no record and no editor changed the country
		Instant lastUpdated = (knownLastChange != null)
				? (knownLastChange.equals(Instant.EPOCH) ? null : knownLastChange)
				: this.revision.country(iso2).lastPublicChange();
		return new CountryProfile(country, lastUpdated, cooperation,
				PacmSection.of(PacmSummary.of(pacmTallies), largest, components),
				sectorBreakdown(approachList, activities, pacmTallies), byNdcVersion(ndcTargets),
				new SustainableDevelopment(statements, reports), projects,
				events.stream().filter((event) -> event.getApproachId() == null).toList(), currentNdc);
	}

	private static Approach asSeenBy(String iso2, CooperativeApproach approach, Map<String, Country> countries,
			List<MitigationActivity> activities, List<ItmoTransfer> transfers, List<ItmoEvent> events) {
		List<Participation> parties = approach.getParties();
		Participation own = parties.stream().filter((party) -> party.countryIso2().equals(iso2)).findFirst().orElseThrow();
		List<Partner> partners = parties.stream()
			.filter((party) -> !party.countryIso2().equals(iso2))
			.map((party) -> new Partner(countries.get(party.countryIso2()), party.role()))
			.toList();
		Long id = approach.getId();
		return new Approach(approach, own.role(), partners,
				activities.stream().filter((activity) -> activity.getApproachId() == id).toList(),
				transfers.stream().filter((transfer) -> transfer.getApproachId() == id).toList(),
				events.stream().filter((event) -> id.equals(event.getApproachId())).toList());
	}

	private SectorBreakdown sectorBreakdown(List<CooperativeApproach> approaches, List<MitigationActivity> activities,
			List<PacmTally> tallies) {
		return sectorBreakdown(approaches, activities, tallies, activityTypesByCode());
	}

	/** Every activity type with its sector, by code: one statement. */
	Map<String, ActivityType> activityTypesByCode() {
		return this.activityTypes.findAllInSectorOrder()
			.stream()
			.collect(Collectors.toMap(ActivityType::getCode, Function.identity()));
	}

	/**
	 * The sector breakdown the country page shows, from records already fetched (the compare page passes the
	 * approaches and PACM tallies of each country it shows, with the activity types read once for all of them).
	 */
	static SectorBreakdown sectorBreakdown(List<CooperativeApproach> approaches, List<MitigationActivity> activities,
			List<PacmTally> tallies, Map<String, ActivityType> types) {
		List<Sector> approachSectors = approaches.stream().flatMap((approach) -> approach.getSectors().stream()).toList();
		int approachesWithoutSector = (int) approaches.stream().filter((approach) -> approach.getSectors().isEmpty()).count();
		Map<Sector, Integer> pacmSectors = new LinkedHashMap<>();
		int pacmWithoutSector = 0;
		Map<ActivityType, Integer> pacmTypes = new LinkedHashMap<>();
		for (PacmTally tally : tallies) {
			ActivityType type = (tally.activityTypeCode() != null) ? types.get(tally.activityTypeCode()) : null;
			if (type != null) {
				pacmSectors.merge(type.getSector(), (int) tally.count(), Integer::sum);
				pacmTypes.merge(type, (int) tally.count(), Integer::sum);
			}
			else {
				pacmWithoutSector += (int) tally.count();
			}
		}
		// an approach counts once for each activity type its mitigation activities name (fetched with the page)
		Set<Long> shownApproaches = approaches.stream().map(CooperativeApproach::getId).collect(Collectors.toSet());
		Map<ActivityType, Set<Long>> approachIdsByType = new LinkedHashMap<>();
		for (MitigationActivity activity : activities) {
			ActivityType named = activity.getActivityType();
			ActivityType type = (named != null) ? types.get(named.getCode()) : null;
			if (type != null && shownApproaches.contains(activity.getApproachId())) {
				approachIdsByType.computeIfAbsent(type, (key) -> new HashSet<>()).add(activity.getApproachId());
			}
		}
		Map<ActivityType, Integer> approachTypes = new LinkedHashMap<>();
		approachIdsByType.forEach((type, ids) -> approachTypes.put(type, ids.size()));
		return SectorBreakdown.of(approachSectors, pacmSectors, approachesWithoutSector, pacmWithoutSector, approachTypes,
				pacmTypes);
	}

	static List<NdcVersion> byNdcVersion(List<NdcTarget> targets) {
		Map<String, List<NdcTarget>> byLabel = new LinkedHashMap<>();
		Map<String, Boolean> current = new LinkedHashMap<>();
		for (NdcTarget target : targets) {
			byLabel.computeIfAbsent(target.getSubmission().getLabel(), (label) -> new ArrayList<>()).add(target);
			current.put(target.getSubmission().getLabel(), target.getSubmission().isCurrent());
		}
		return byLabel.entrySet()
			.stream()
			.map((entry) -> new NdcVersion(entry.getKey(), current.get(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
	}

}
