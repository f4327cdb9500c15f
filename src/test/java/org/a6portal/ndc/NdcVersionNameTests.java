package org.a6portal.ndc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NDC version names through the real message bundles: every label the seed data uses reads as stored in English and
 * is translated in Spanish and French; a label in an unknown form is kept as stored.
 */
class NdcVersionNameTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static ResourceBundleMessageSource messages;

	@BeforeAll
	static void bundles() {
		messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void seededLabelsReadAsStoredInEnglishAndAreTranslated() throws IOException {
		for (String label : seededLabels()) {
			NdcVersionName name = NdcVersionName.of(label);
			assertThat(name.isKnown()).as(label).isTrue();
			assertThat(messages.getMessage(name, Locale.ENGLISH)).isEqualTo(label);
			assertThat(messages.getMessage(name, SPANISH)).as(label).doesNotContain("NDC", "updated", "first", "second");
			assertThat(messages.getMessage(name, Locale.FRENCH)).as(label).doesNotContain("NDC", "updated", "first", "second");
		}
	}

	@Test
	void versionsReadInSpanishAndFrench() {
		assertThat(messages.getMessage(NdcVersionName.of("updated NDC 2020"), SPANISH)).isEqualTo("CDN actualizada 2020");
		assertThat(messages.getMessage(NdcVersionName.of("INDC/first NDC (2015)"), SPANISH))
			.isEqualTo("CPDN/primera CDN (2015)");
		assertThat(messages.getMessage(NdcVersionName.of("INDC/first NDC (2015)"), Locale.FRENCH))
			.isEqualTo("CPDN/première CDN (2015)");
		assertThat(messages.getMessage(NdcVersionName.of("NDC 3.0 (2025) – joint EU NDC"), Locale.FRENCH))
			.isEqualTo("CDN 3.0 (2025) – CDN conjointe de l’UE");
		assertThat(messages.getMessage(NdcVersionName.of("second NDC 2031–2035 (2025)"), SPANISH))
			.isEqualTo("segunda CDN 2031–2035 (2025)");
		assertThat(messages.getMessage(NdcVersionName.of("NDC 2022 update"), Locale.FRENCH))
			.isEqualTo("actualisation 2022 de la CDN");
	}

	@Test
	void aLabelInAnUnknownFormIsShownAsStored() {
		NdcVersionName name = NdcVersionName.of("Long-term strategy's NDC annex");
		assertThat(name.isKnown()).isFalse();
		assertThat(messages.getMessage(name, SPANISH)).isEqualTo("Long-term strategy's NDC annex");
	}

	private static Set<String> seededLabels() throws IOException {
		Set<String> labels = new TreeSet<>();
		for (String file : new String[] { "/db/seed/ndc_targets.csv", "/db/seed/ndc_targets_additions.csv" }) {
			try (InputStream in = NdcVersionNameTests.class.getResourceAsStream(file)) {
				assertThat(in).as(file).isNotNull();
				for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
					labels.add(row.get("ndc_version"));
				}
			}
		}
		assertThat(labels).hasSizeGreaterThan(5).contains("second NDC 2031–2035 (2025)", "Enhanced NDC (2022)");
		return labels;
	}

}
