package org.a6portal.sustainabledevelopment;

import java.util.Map;

import org.a6portal.record.ProfileSection;
import org.a6portal.record.RecordKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds of sustainable-development record: statements of a country's arrangements and Article 6.2 initial
 * reports.
 */
@Configuration(proxyBeanMethods = false)
public class SustainableDevelopmentKinds {

	public static final RecordKind SD_STATEMENT = RecordKind.of("sd_statement")
		.admin("sd-statements")
		.labels("admin.sd", Map.of("countryIso2", "admin.sd.country"))
		.shownIn(ProfileSection.SUSTAINABLE_DEVELOPMENT)
		.nav("sd", 80);

	/** Its change-log name, for {@code @RecordPage}; the kind is {@link #INITIAL_REPORT}. */
	public static final String INITIAL_REPORT_TYPE = "initial_report";

	public static final RecordKind INITIAL_REPORT = RecordKind.of(INITIAL_REPORT_TYPE)
		.admin("initial-reports")
		.labels("admin.report", Map.of("countryIso2", "admin.report.country"))
		.page("/initial-reports/", "initial_report")
		.withFeed()
		.shownIn(ProfileSection.SUSTAINABLE_DEVELOPMENT)
		.importedAsCsv()
		.nav("reports", 90);

	@Bean
	RecordKind sdStatementKind() {
		return SD_STATEMENT;
	}

	@Bean
	RecordKind initialReportKind() {
		return INITIAL_REPORT;
	}

}
