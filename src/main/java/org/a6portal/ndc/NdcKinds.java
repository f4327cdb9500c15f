package org.a6portal.ndc;

import java.util.Map;

import org.a6portal.record.ProfileSection;
import org.a6portal.record.RecordKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds of NDC record: targets (their pages show a country's targets of one NDC version) and registry documents.
 */
@Configuration(proxyBeanMethods = false)
public class NdcKinds {

	/** Its change-log name, for {@code @RecordPage}; the kind is {@link #NDC_TARGET}. */
	public static final String NDC_TARGET_TYPE = "ndc_target";

	public static final RecordKind NDC_TARGET = RecordKind.of(NDC_TARGET_TYPE)
		.admin("ndc-targets")
		.labels("admin.ndc", Map.of("countryIso2", "admin.ndc.country", "referenceEmissionsMtco2e",
				"admin.ndc.referenceEmissions"))
		.page("/ndc-targets/", "ndc_target_set_member")
		.shownIn(ProfileSection.NATIONAL_TARGETS)
		.importedAsCsv()
		.nav("ndc", 60);

	public static final RecordKind NDC_DOCUMENT = RecordKind.of("ndc_document")
		.admin("ndc-submissions")
		.labels("admin.ndcDocument", Map.of("registryStatus", "admin.ndcDocument.registryStatus"))
		.shownIn(ProfileSection.NATIONAL_TARGETS)
		.importedAsCsv()
		.nav("ndcDocuments", 70);

	@Bean
	RecordKind ndcTargetKind() {
		return NDC_TARGET;
	}

	@Bean
	RecordKind ndcDocumentKind() {
		return NDC_DOCUMENT;
	}

}
