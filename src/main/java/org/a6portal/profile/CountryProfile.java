package org.a6portal.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.country.Country;
import org.a6portal.ndc.NdcDocument;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.NdcVersionName;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.SdStatement;
import org.a6portal.sustainabledevelopment.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Everything a country's profile page shows, fully loaded: the template walks no lazy association.
 *
 * @param country the country
 * @param lastUpdated when the content the page shows last changed (an editor's change, or the date a seeded
 * record's source carries), or {@code null} if the page shows no record and no editor changed the country
 * @param cooperation section "Article 6.2"
 * @param pacm section "Article 6.4"
 * @param sectors section "Sector / activity type"
 * @param targets section "National targets"
 * @param sustainableDevelopment section "Sustainable development"
 * @param capacityBuilding section "Capacity building"
 * @param otherEvents Article 6.2 events hosted by the country that its sources tie to no listed approach
 * @param currentNdc the country's current NDC document in the UNFCCC registry (two for language versions of one day)
 */
public record CountryProfile(Country country, @Nullable Instant lastUpdated, List<Approach> cooperation,
		PacmSection pacm, SectorBreakdown sectors, List<NdcVersion> targets,
		SustainableDevelopment sustainableDevelopment, List<CapacityBuildingProject> capacityBuilding,
		List<ItmoEvent> otherEvents, List<NdcDocument> currentNdc) {

	/** The day of {@link #lastUpdated()}, in UTC: what the page shows as "Last updated"; {@code null} if none. */
	public @Nullable LocalDate lastUpdatedOn() {
		return (this.lastUpdated != null) ? LocalDate.ofInstant(this.lastUpdated, ZoneOffset.UTC) : null;
	}

	/** A country's net-zero year, from its current NDC, where one is stated. */
	public @Nullable Short netZeroYear() {
		return this.targets.stream()
			.filter(NdcVersion::current)
			.flatMap((version) -> version.targets().stream())
			.map(NdcTarget::getNetZeroYear)
			.filter((year) -> year != null)
			.findFirst()
			.orElse(null);
	}

	/**
	 * A cooperative approach as seen from the country of the page.
	 *
	 * @param approach the approach, with its Parties and sectors
	 * @param role the country's role in it
	 * @param partners the other Parties
	 * @param activities its published mitigation activities
	 * @param transfers its published ITMO transfers
	 */
	public record Approach(CooperativeApproach approach, PartyRole role, List<Partner> partners,
			List<MitigationActivity> activities, List<ItmoTransfer> transfers, List<ItmoEvent> events) {
	}

	/**
	 * @param country the partner Party
	 * @param role its role
	 */
	public record Partner(Country country, PartyRole role) {
	}

	/**
	 * @param label the NDC version, as its source names it
	 * @param current whether it is the country's current NDC
	 * @param targets its published targets
	 */
	public record NdcVersion(String label, boolean current, List<NdcTarget> targets) {

		/** The version's name in the page language, where its label is in a known form. */
		public NdcVersionName name() {
			return NdcVersionName.of(this.label);
		}

		/** The slug of the version's own page ({@code /ndc-targets/ndc-pe-2025}), from its targets' version. */
		public @Nullable String slug() {
			return this.targets.isEmpty() ? null : this.targets.get(0).getSubmission().getSlug();
		}

	}

	/**
	 * @param statements statements on participation requirements, the SD tool, safeguards, by topic
	 * @param initialReports the country's Article 6.2 initial reports
	 */
	public record SustainableDevelopment(List<SdStatement> statements, List<InitialReport> initialReports) {

		public boolean isEmpty() {
			return this.statements.isEmpty() && this.initialReports.isEmpty();
		}

		/**
		 * The statements grouped by topic, in the topics' display order (institutions and rules first); within a
		 * topic, dated documents newest first, then the undated ones.
		 */
		public List<TopicGroup> byTopic() {
			Map<Topic, List<SdStatement>> groups = new EnumMap<>(Topic.class);
			this.statements.forEach((statement) -> groups.computeIfAbsent(statement.getTopic(), (topic) -> new ArrayList<>())
				.add(statement));
			Comparator<SdStatement> newestFirst = Comparator.comparing(
					(SdStatement statement) -> (statement.getPublished() != null) ? statement.getPublished().date() : null,
					Comparator.nullsLast(Comparator.reverseOrder()));
			return groups.entrySet()
				.stream()
				.map((entry) -> new TopicGroup(entry.getKey(), entry.getValue().stream().sorted(newestFirst).toList()))
				.toList();
		}

	}

	/**
	 * @param topic what the statements are about
	 * @param statements the country's statements on it
	 */
	public record TopicGroup(Topic topic, List<SdStatement> statements) {

	}

}
