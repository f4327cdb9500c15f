package org.a6portal.pacm;

import java.util.Map;

import org.a6portal.record.ProfileSection;
import org.a6portal.record.RecordKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kind of Article 6.4 record: a PACM activity.
 */
@Configuration(proxyBeanMethods = false)
public class PacmKinds {

	/** Its change-log name, for {@code @RecordPage}; the kind is {@link #PACM_ACTIVITY}. */
	public static final String PACM_ACTIVITY_TYPE = "pacm_activity";

	public static final RecordKind PACM_ACTIVITY = RecordKind.of(PACM_ACTIVITY_TYPE)
		.admin("pacm-activities")
		.labels("admin.pacm", Map.of("hostIso2", "admin.pacm.host", "expectedReductionsTco2ePerYear",
				"admin.pacm.expectedReductions", "activityTypeCode", "admin.pacm.activityType"))
		.page("/pacm-activities/", "pacm_activity")
		.withFeed()
		.shownIn(ProfileSection.ARTICLE_6_4)
		.importedAsCsv()
		.nav("pacm", 50);

	@Bean
	RecordKind pacmActivityKind() {
		return PACM_ACTIVITY;
	}

}
