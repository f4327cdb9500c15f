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
	void itmoEventWordingMapsToItsKindATransferFirst() {
		assertThat(SeedVocabulary.itmoEventKind("first issuance and transfer of ITMOs")).isEqualTo("transfer");
		assertThat(SeedVocabulary.itmoEventKind("purchase agreement (ITMOs) between programme owner and KliK Foundation"))
			.isEqualTo("purchase_agreement");
		assertThat(SeedVocabulary.itmoEventKind("authorisation for Article 6 uses and first reported corresponding "
				+ "adjustment; issuance by ART")).isEqualTo("authorisation");
		assertThat(SeedVocabulary.itmoEventKind("first issuance of ITMOs")).isEqualTo("issuance");
		assertThat(SeedVocabulary.itmoEventKind("registration in Peru's RENAMI")).isEqualTo("registration");
		assertThatIllegalArgumentException().isThrownBy(() -> SeedVocabulary.itmoEventKind("press conference"));
	}

	@Test
	void aCeilingOrAnEstimateIsNeverATransfer() {
		assertThat(SeedVocabulary.itmoVolumeMeaning("maximum number of ITMOs to be bought up to 2030 (contract ceiling, "
				+ "not delivered volume)")).isEqualTo("ceiling");
		assertThat(SeedVocabulary.itmoVolumeMeaning("estimated reductions 2021–2030 (tCO2e), not a transfer"))
			.isEqualTo("estimate");
		assertThat(SeedVocabulary.itmoVolumeMeaning("tonnes (ITMOs) transferred")).isEqualTo("transfer");
		assertThat(SeedVocabulary.itmoVolumeMeaning("TREES credits of vintage 2021 issued")).isEqualTo("issuance");
		assertThatIllegalArgumentException().isThrownBy(() -> SeedVocabulary.itmoVolumeMeaning(null));
	}

	@Test
	void anNdcVersionIsKnownByTheFirstYearInItsLabel() {
		assertThat(SeedVocabulary.ndcVersionYear("updated NDC 2020 (updated 2023)")).isEqualTo((short) 2020);
		assertThat(SeedVocabulary.ndcVersionYear("NDC 3.0 (2025)")).isEqualTo((short) 2025);
		assertThat(SeedVocabulary.ndcVersionYear("NDC 2017 (2021-2030)")).isEqualTo((short) 2017);
		// the period an NDC covers is not the year it was submitted
		assertThat(SeedVocabulary.ndcVersionYear("second NDC 2031–2035 (2025)")).isEqualTo((short) 2025);
		assertThat(SeedVocabulary.ndcVersionYear("NDC 2031-2035")).isEqualTo((short) 2031);
	}

}
