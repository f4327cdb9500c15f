package org.a6portal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record texts are English unless their function words clearly say otherwise: the seed's Spanish and French titles.
 */
class ContentLanguageTests {

	@Test
	void englishTextsAndTextsThatSayNothingAreEnglish() {
		assertThat(ContentLanguage.of("Peru to raise emissions reduction ambition to 40% by 2030 (International Climate Initiative, Dec 2020)"))
			.isEqualTo("en");
		assertThat(ContentLanguage.of("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)")).isEqualTo("en");
		assertThat(ContentLanguage.of("AMS-II.G")).isEqualTo("en");
		assertThat(ContentLanguage.of("Programa de Bosques for the Amazon region of Peru")).isEqualTo("en");
		assertThat(ContentLanguage.of(null)).isEqualTo("en");
	}

	@Test
	void titlesQuotedInSpanishAreSpanish() {
		assertThat(ContentLanguage.of("Acuerdo de Implementación del Acuerdo de París entre el Gobierno de la República de Chile y el Consejo Federal Suizo"))
			.isEqualTo("es");
		assertThat(ContentLanguage.of("Decreto 89: Promulga el Acuerdo con el Consejo Federal Suizo de Implementación del Acuerdo de París (Diario Oficial, 11 Jul 2024)"))
			.isEqualTo("es");
	}

	@Test
	void titlesQuotedInFrenchAreFrench() {
		assertThat(ContentLanguage.of("Réduction des émissions de gaz à effet de serre : les nouveaux objectifs du Sénégal (EnQuête, Aug 2022)"))
			.isEqualTo("fr");
	}

}
