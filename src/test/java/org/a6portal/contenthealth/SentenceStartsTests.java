package org.a6portal.contenthealth;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that begins with a cut-off word is caught by the language's word list; ordinary sentences, codes and
 * abbreviations are not.
 */
class SentenceStartsTests {

	@Test
	void theReferencePagesCutOffSentenceIsCaughtWithItsField() {
		ContentHealthCheck check = new ContentHealthCheck(List.of(), Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"),
				ZoneOffset.UTC));
		CheckedRecord record = new CheckedRecord(null, Set.of(), Map.of("notes",
				"Signed in 2023. o date, representatives of both Parties have met twice."), Set.of(),
				"https://unfccc.int/", Map.of(), null);
		assertThat(check.check(record)).containsExactly(
				new ContentWarning(ContentWarning.Kind.TRUNCATED_WORD, "notes", List.of("o")));
	}

	@Test
	void cutOffWordsAreCaughtAtAnySentenceStartInEachLanguage() {
		assertThat(SentenceStarts.in("o date, representatives have met.", "en")).containsExactly("o");
		assertThat(SentenceStarts.in("The approach was signed. greement entered into force in 2024.", "en"))
			.containsExactly("greement");
		assertThat(SentenceStarts.in("El acuerdo se firmó en 2023. ctividades previstas desde 2024.", "es"))
			.containsExactly("ctividades");
		assertThat(SentenceStarts.in("L’accord a été signé. ccord en vigueur depuis 2024.", "fr"))
			.containsExactly("ccord");
		assertThat(SentenceStarts.in("Intro.\n- nergy efficiency in buildings", "en")).containsExactly("nergy");
	}

	@Test
	void wordsCodesAndAbbreviationsAreLeftAlone() {
		assertThat(SentenceStarts.in("To date, representatives have met. a first transfer followed. off-grid solar. authorisation by both.", "en")).isEmpty();
		assertThat(SentenceStarts.in("tCO2e are counted. e.g. cookstoves. etc. are listed. iso2 codes.", "en"))
			.isEmpty();
		assertThat(SentenceStarts.in("o bien el país anfitrión. y la otra Parte. conforme al acuerdo.", "es")).isEmpty();
		assertThat(SentenceStarts.in("l’accord bilatéral. à partir de 2025. d’après la source.", "fr")).isEmpty();
		assertThat(SentenceStarts.in("Version 2.0 of the rules. 3.5 million tonnes.", "en")).isEmpty();
	}

	@Test
	void theMplListsKnowEachLanguagesWordsSegúnIncluded() {
		assertThat(SentenceStarts.in("según la fuente. conforme al acuerdo. dándoselo todo. actividades previstas.", "es"))
			.isEmpty();
		assertThat(SentenceStarts.in("après la signature. selon la source. jusqu’à 2030. bilatéral.", "fr")).isEmpty();
		assertThat(SentenceStarts.in("según la fuente. egún la fuente.", "es")).containsExactly("egún");
		assertThat(SentenceStarts.in("selon la source. elon la source.", "fr")).containsExactly("elon");
	}

	@Test
	void aFrontCodedListFindsEveryWordItHoldsAndNoOther() throws java.io.IOException {
		SentenceStarts.WordList list = SentenceStarts.WordList.load("es");
		java.util.List<String> words = new java.util.ArrayList<>();
		try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
				new java.util.zip.GZIPInputStream(getClass().getResourceAsStream("/contenthealth/words/es.words.gz")),
				java.nio.charset.StandardCharsets.UTF_8))) {
			String previous = "";
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				previous = previous.substring(0, line.charAt(0) - '0') + line.substring(1);
				words.add(previous);
			}
		}
		assertThat(words).hasSizeGreaterThan(900_000).contains("según");
		// every word (first of a block or not) is found, and a word with a letter more or less is not, unless listed
		for (String word : words) {
			assertThat(list.contains(word)).as(word).isTrue();
		}
		java.util.Set<String> known = new java.util.HashSet<>(words);
		for (int i = 0; i < words.size(); i += 97) {
			String longer = words.get(i) + "q";
			String shorter = words.get(i).substring(1);
			assertThat(list.contains(longer)).as(longer).isEqualTo(known.contains(longer));
			assertThat(list.contains(shorter)).as(shorter).isEqualTo(known.contains(shorter));
		}
		assertThat(list.contains("")).isFalse();
		assertThat(list.contains("zzzzzz")).isFalse();
	}

}
