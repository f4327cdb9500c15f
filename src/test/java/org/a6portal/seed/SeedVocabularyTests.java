package org.a6portal.seed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeedVocabularyTests {

	@Test
	void instrumentWordingMapsToCodes() {
		assertThat(SeedVocabulary.instrument("bilateral implementing agreement (Art. 6.2)")).isEqualTo("implementing_agreement");
		assertThat(SeedVocabulary.instrument("implementation agreement (Art. 6.2)")).isEqualTo("implementing_agreement");
		assertThat(SeedVocabulary.instrument("JCM bilateral document (memorandum of cooperation)")).isEqualTo("jcm_document");
		assertThat(SeedVocabulary.instrument("bilateral framework agreement (Art. 6.2)")).isEqualTo("framework_agreement");
		assertThat(SeedVocabulary.instrument("MoU")).isEqualTo("mou");
		assertThat(SeedVocabulary.instrument("climate change cooperation agreement")).isEqualTo("cooperation_agreement");
		assertThat(SeedVocabulary.instrument("agreement under Norway's Global Emission Reduction Initiative")).isEqualTo("other");
	}

	@Test
	void statusWordingMapsToTheOrderedStatuses() {
		assertThat(SeedVocabulary.approachStatus("announced")).isEqualTo("under_discussion");
		assertThat(SeedVocabulary.approachStatus("MoU signed")).isEqualTo("mou_signed");
		assertThat(SeedVocabulary.approachStatus("established")).isEqualTo("agreement_signed");
		assertThat(SeedVocabulary.approachStatus("in force")).isEqualTo("in_force");
		assertThatIllegalArgumentException().isThrownBy(() -> SeedVocabulary.approachStatus("maybe"));
	}

	@Test
	void pacmStatusTextMapsToAStage() {
		assertThat(SeedVocabulary.pacmStage("transition approved by the Article 6.4 Supervisory Body at SBM 015 (Feb 2025); "
				+ "first A6.4ER issuance approved", "cdm_transition")).isEqualTo("transition_approved");
		assertThat(SeedVocabulary.pacmStage("transitioning to PACM", "cdm_transition")).isEqualTo("transition_requested");
		assertThat(SeedVocabulary.pacmStage("notified", "new_activity")).isEqualTo("pcn_submitted");
	}

	@Test
	void anNdcVersionIsKnownByTheFirstYearInItsLabel() {
		assertThat(SeedVocabulary.ndcVersionYear("updated NDC 2020 (updated 2023)")).isEqualTo((short) 2020);
		assertThat(SeedVocabulary.ndcVersionYear("NDC 3.0 (2025)")).isEqualTo((short) 2025);
		assertThat(SeedVocabulary.ndcVersionYear("NDC 2017 (2021-2030)")).isEqualTo((short) 2017);
	}

}
