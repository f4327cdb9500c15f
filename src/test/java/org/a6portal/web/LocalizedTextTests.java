package org.a6portal.web;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates in each page language's own long form, and the {@code lang} a text from the data needs on a page.
 */
class LocalizedTextTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	@Test
	void datesReadAsEachLanguageWritesThem() {
		assertThat(text(SPANISH).date(DAY)).isEqualTo("30 de noviembre de 2026");
		assertThat(text(Locale.FRENCH).date(DAY)).isEqualTo("30 novembre 2026");
		assertThat(text(Locale.ENGLISH).date(DAY)).isEqualTo("30 November 2026");
		assertThat(text(Locale.ENGLISH).date(null)).isEmpty();
	}

	@Test
	void englishRecordTextIsMarkedOnlyOnPagesInAnotherLanguage() {
		String title = "Implementing Agreement to the Paris Agreement between the Swiss Confederation and the Republic of Peru";
		assertThat(text(SPANISH).lang(title)).isEqualTo("en");
		assertThat(text(Locale.FRENCH).lang(title)).isEqualTo("en");
		assertThat(text(Locale.ENGLISH).lang(title)).isNull();
	}

	@Test
	void recordTextInThePageLanguageNeedsNoMark() {
		String title = "Acuerdo de Implementación del Acuerdo de París entre el Gobierno de la República de Chile y el Consejo Federal Suizo";
		assertThat(text(SPANISH).lang(title)).isNull();
		assertThat(text(Locale.ENGLISH).lang(title)).isEqualTo("es");
		assertThat(text(Locale.FRENCH).lang(title)).isEqualTo("es");
	}

	private static LocalizedText text(Locale locale) {
		return new LocalizedText(new StaticMessageSource(), locale);
	}

}
