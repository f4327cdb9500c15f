package org.a6portal.cooperation;

import java.util.Map;

import org.a6portal.record.ProfileSection;
import org.a6portal.record.RecordKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds of Article 6.2 record: approaches, their mitigation activities, ITMO transfers and events.
 */
@Configuration(proxyBeanMethods = false)
public class CooperationKinds {

	/** Its change-log name, for {@code @RecordPage}; the kind is {@link #COOPERATIVE_APPROACH}. */
	public static final String COOPERATIVE_APPROACH_TYPE = "cooperative_approach";

	public static final RecordKind COOPERATIVE_APPROACH = RecordKind.of(COOPERATIVE_APPROACH_TYPE)
		.admin("cooperative-approaches")
		.labels("admin.approach", Map.of("transferringParties", "admin.approach.transferring", "acquiringParties",
				"admin.approach.acquiring", "itmoVolumeTco2e", "admin.approach.itmoVolume"))
		.page("/cooperative-approaches/", "cooperative_approach")
		.withFeed()
		.shownIn(ProfileSection.ARTICLE_6_2)
		.importedAsCsv()
		.nav("approaches", 20);

	public static final RecordKind MITIGATION_ACTIVITY = RecordKind.of("mitigation_activity")
		.admin("mitigation-activities")
		.labels("admin.activity", Map.of("expectedItmosTco2e", "admin.activity.expectedItmos", "activityTypeCode",
				"admin.pacm.activityType"))
		.shownIn(ProfileSection.ARTICLE_6_2)
		.importedAsCsv()
		.nav("activities", 30);

	public static final RecordKind ITMO_TRANSFER = RecordKind.of("itmo_transfer")
		.admin("itmo-transfers")
		.labels("admin.transfer", Map.of("quantityTco2e", "admin.transfer.quantity", "fromIso2", "admin.transfer.from",
				"toIso2", "admin.transfer.to", "activityId", "admin.transfer.activity", "firstTransfer",
				"admin.transfer.first"))
		.shownIn(ProfileSection.ARTICLE_6_2)
		.importedAsCsv()
		.nav("transfers", 40);

	/** Reached from the transfers list, so not in the navigation. */
	public static final RecordKind ITMO_EVENT = RecordKind.of("itmo_event")
		.admin("itmo-events")
		.labels("admin.event", Map.of("hostIso2", "admin.event.host", "acquiringIso2", "admin.event.acquiring",
				"volumeTco2e", "admin.event.volume"))
		.shownIn(ProfileSection.ARTICLE_6_2)
		.importedAsCsv();

	@Bean
	RecordKind cooperativeApproachKind() {
		return COOPERATIVE_APPROACH;
	}

	@Bean
	RecordKind mitigationActivityKind() {
		return MITIGATION_ACTIVITY;
	}

	@Bean
	RecordKind itmoTransferKind() {
		return ITMO_TRANSFER;
	}

	@Bean
	RecordKind itmoEventKind() {
		return ITMO_EVENT;
	}

}
