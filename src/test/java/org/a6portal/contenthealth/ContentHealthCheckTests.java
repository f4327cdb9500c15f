package org.a6portal.contenthealth;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.contenthealth.ContentWarning.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The content health rules, each with what it catches and what it leaves alone.
 */
class ContentHealthCheckTests {

	private static final String SOURCE = "https://unfccc.int/process/the-paris-agreement/cooperative-implementation";

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	private static final List<CountryName> COUNTRIES = List.of(
			new CountryName("IN", List.of("India", "India", "Inde")),
			new CountryName("PE", List.of("Peru", "Perú", "Pérou")),
			new CountryName("CH", List.of("Switzerland", "Suiza", "Suisse")),
			new CountryName("JP", List.of("Japan", "Japón", "Japon")),
			new CountryName("PG", List.of("Papua New Guinea", "Papúa Nueva Guinea", "Papouasie-Nouvelle-Guinée")),
			new CountryName("GN", List.of("Guinea", "Guinea", "Guinée")),
			new CountryName("GW", List.of("Guinea-Bissau", "Guinea-Bisáu", "Guinée-Bissau")),
			new CountryName("TD", List.of("Chad", "Chad", "Tchad")),
			new CountryName("NE", List.of("Niger", "Níger", "Niger")),
			new CountryName("NG", List.of("Nigeria", "Nigeria", "Nigéria")),
			new CountryName("US", List.of("United States of America", "Estados Unidos", "États-Unis", "USA",
					"United States")),
			new CountryName("KR", List.of("Korea, Republic of", "Corea del Sur", "Corée du Sud", "South Korea")),
			new CountryName("CI", List.of("Côte d'Ivoire", "Costa de Marfil", "Côte d'Ivoire")));

	private final ContentHealthCheck check = new ContentHealthCheck(COUNTRIES,
			Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	@Test
	void theShippedPeruPageWithIndiasTextAndLoremIpsumIsWarnedAbout() {
		CheckedRecord peru = record("PE", Set.of(), texts("body", "India's Participation Requirements\n\n"
				+ "Lorem ipsum dolor sit amet, consectetur adipiscing elit."), Set.of("body"));

		assertThat(this.check.check(peru)).extracting(ContentWarning::kind, ContentWarning::arguments)
			.containsExactly(tuple(Kind.PLACEHOLDER_TEXT, List.of("Lorem ipsum dolor sit amet")),
					tuple(Kind.OTHER_COUNTRY_NAME, List.of("India", "IN")));
	}

	@Test
	void cleanRecordHasNoWarnings() {
		CheckedRecord peru = record("PE", Set.of("CH"),
				texts("summary", "Peru signed an implementing agreement with Switzerland in 2020. "
						+ "See [the agreement](https://www.gob.pe/minam) for details."),
				Set.of("summary"));

		assertThat(this.check.check(peru)).isEmpty();
	}

	@Test
	void messageKeyIsHealthAndTheKindCode() {
		assertThat(new ContentWarning(Kind.OTHER_COUNTRY_NAME, "body", List.of("India", "IN")).messageKey())
			.isEqualTo("health.other_country_name");
		assertThat(Kind.STALE_RECORD.code()).isEqualTo("stale_record");
	}

	@Nested
	class PlaceholderText {

		@Test
		void loremIpsumIsAPlaceholder() {
			assertThat(placeholdersIn("Lorem ipsum dolor sit amet, consectetur adipiscing elit."))
				.containsExactly("Lorem ipsum dolor sit amet");
			assertThat(placeholdersIn("Some LOREM  IPSUM here.")).containsExactly("LOREM  IPSUM");
		}

		@Test
		void dolorSitAmetAloneIsAPlaceholder() {
			assertThat(placeholdersIn("Consectetur, dolor sit amet.")).containsExactly("dolor sit amet");
		}

		@Test
		void tbdTbcAndFixmeAreReportedAsWritten() {
			assertThat(placeholdersIn("Date: TBD. Budget: tbc. FIXME")).containsExactly("TBD", "tbc", "FIXME");
		}

		@Test
		void todoFollowedByAColonIsAPlaceholder() {
			assertThat(placeholdersIn("TODO: add the NDC target")).containsExactly("TODO");
		}

		@Test
		void spanishTodosIsNotAPlaceholder() {
			assertThat(placeholdersIn("Todos los proyectos del enfoque cooperativo están registrados."))
				.isEmpty();
		}

		@Test
		void threeOrMoreXsAsAWordAreAPlaceholder() {
			assertThat(placeholdersIn("Signed on xxx with XXXX tonnes.")).containsExactly("xxx", "XXXX");
		}

		@Test
		void xsInsideAWordOrOnlyTwoXsAreNotAPlaceholder() {
			assertThat(placeholdersIn("Maxxxwell reviewed the xx draft of the Taxxxes report.")).isEmpty();
		}

		@Test
		void insertInstructionsInBracketsAreAPlaceholder() {
			assertThat(placeholdersIn("Signed on [Insert date of signature] by <insert minister>."))
				.containsExactly("[Insert date of signature]", "<insert minister>");
		}

		@Test
		void toBeCompletedAndTheWordPlaceholderArePlaceholders() {
			assertThat(placeholdersIn("Mitigation target: to be completed. Placeholder for the table."))
				.containsExactly("to be completed", "Placeholder");
		}

		@Test
		void placeholderWordsInsideLongerWordsAreNotReported() {
			assertThat(placeholdersIn("The FIXMEs, the tbdx code, the placeholders and the insertion [inserted later]."))
				.isEmpty();
		}

		@Test
		void theSamePlaceholderTwiceIsReportedOnce() {
			assertThat(placeholdersIn("Start: TBD. End: tbd.")).containsExactly("TBD");
		}

		@Test
		void placeholderWordsInAUrlAreNotProse() {
			assertThat(placeholdersIn("See [the guide](https://unfccc.int/todo/placeholder) or https://unfccc.int/tbd."))
				.isEmpty();
		}

		@Test
		void placeholdersAreFoundInFieldsThatAreNotCountrySpecific() {
			CheckedRecord approach = record("PE", Set.of(), texts("notes", "TBD"), Set.of());

			assertThat(check.check(approach)).extracting(ContentWarning::kind, ContentWarning::field)
				.containsExactly(tuple(Kind.PLACEHOLDER_TEXT, "notes"));
		}

		private List<String> placeholdersIn(String text) {
			return warnings(Kind.PLACEHOLDER_TEXT, record(null, Set.of(), texts("body", text), Set.of())).stream()
				.map(List::getFirst)
				.toList();
		}

	}

	@Nested
	class CompilerWords {

		@Test
		void theSeedAndItsReferencePageAreTheCompilersWords() {
			assertThat(compilerWordsIn("The World Bank lists 13 members; the seed lists eleven. "
					+ "Also in Peru country profile reference page (Dec 2025)."))
				.containsExactly("seed", "reference page");
		}

		@Test
		void pluralCapitalisedAndLineBrokenFormsAreFound() {
			assertThat(compilerWordsIn("Seeds 001 and 002; see the Reference\npage")).containsExactly("Seeds",
					"Reference\npage");
		}

		@Test
		void theSameWordsTwiceAreReportedOnce() {
			assertThat(compilerWordsIn("Per the seed. Per the SEED.")).containsExactly("seed");
		}

		@Test
		void wordsThatOnlyContainThemAreNotFlagged() {
			assertThat(compilerWordsIn("Seedling nurseries (Seedorf, 2024), seeded plots, reseeding, "
					+ "a cross-referenced page, the reference pages of the registry")).isEmpty();
		}

		@Test
		void anOrdinarySourceTitleIsClean() {
			assertThat(compilerWordsIn("Climate Market Club (Climate Warehouse, World Bank); also listed in a Peru "
					+ "Article 6 country profile (Dec 2025)")).isEmpty();
		}

		@Test
		void theWordsInAUrlAreNotProse() {
			assertThat(compilerWordsIn("See https://example.org/seed/reference-page for more.")).isEmpty();
		}

		@Test
		void everyCellOfThePublishedSeedFilesIsFreeOfThem() throws IOException {
			List<String> found = new ArrayList<>();
			try (Stream<Path> files = Files.list(Path.of("db", "seed"))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".csv")).sorted().toList()) {
					try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
						for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
							.parse(reader)) {
							row.toMap().forEach((column, cell) -> {
								if (cell != null && !cell.isBlank()
										&& !warnings(Kind.COMPILER_WORDS, record(null, Set.of(), texts(column, cell), Set.of())).isEmpty()) {
									found.add(file.getFileName() + " line " + row.getRecordNumber() + " " + column + ": " + cell);
								}
							});
						}
					}
				}
			}
			assertThat(found).isEmpty();
		}

		private List<String> compilerWordsIn(String text) {
			return warnings(Kind.COMPILER_WORDS, record(null, Set.of(), texts("notes", text), Set.of())).stream()
				.map(List::getFirst)
				.toList();
		}

	}

	@Nested
	class OtherCountryName {

		@Test
		void indiaInPeruStatementIsAnotherCountrysName() {
			assertThat(foreignNamesIn("PE", Set.of(), "India's Participation Requirements"))
				.containsExactly(List.of("India", "IN"));
		}

		@Test
		void ownCountryNameInAnyLanguageIsFine() {
			assertThat(foreignNamesIn("PE", Set.of(), "Peru's statement; el Perú; le Pérou.")).isEmpty();
		}

		@Test
		void partnerNamedInApproachNotesIsFine() {
			assertThat(foreignNamesIn("PE", Set.of("CH"), "Peru and Switzerland signed the agreement.")).isEmpty();
		}

		@Test
		void aCountryThatIsNotAPartnerIsStillReportedBesideAPartner() {
			assertThat(foreignNamesIn("PE", Set.of("CH"), "Peru, Switzerland and Japan signed."))
				.containsExactly(List.of("Japan", "JP"));
		}

		@Test
		void mentionableCountryCodesAreReadInAnyCase() {
			assertThat(foreignNamesIn("pe", Set.of("ch"), "Peru and Switzerland signed.")).isEmpty();
		}

		@Test
		void fieldsThatAreNotCountrySpecificMayNameAnyCountry() {
			CheckedRecord peru = record("PE", Set.of(), texts("sources", "Modelled on India's framework."), Set.of());

			assertThat(check.check(peru)).isEmpty();
		}

		@Test
		void guineaInsidePapuaNewGuineaIsNotReported() {
			assertThat(foreignNamesIn("PG", Set.of(), "Papua New Guinea's sustainable-development statement."))
				.isEmpty();
		}

		@Test
		void guineaInsideGuineaBissauIsNotReported() {
			assertThat(foreignNamesIn("GW", Set.of(), "Guinea-Bissau submitted its NDC.")).isEmpty();
		}

		@Test
		void guineaOnItsOwnIsReported() {
			assertThat(foreignNamesIn("PG", Set.of(), "Papua New Guinea and Guinea both submitted."))
				.containsExactly(List.of("Guinea", "GN"));
		}

		@Test
		void aLongerNameOfAnotherCountryIsReportedAsThatCountry() {
			assertThat(foreignNamesIn("GN", Set.of(), "Guinea learned from Papua New Guinea."))
				.containsExactly(List.of("Papua New Guinea", "PG"));
		}

		@Test
		void aNameBrokenOverALineIsStillOneName() {
			assertThat(foreignNamesIn("PG", Set.of(), "Papua New\nGuinea’s statement.")).isEmpty();
		}

		@Test
		void lowerCaseWordThatIsACountryNameIsNotReported() {
			assertThat(foreignNamesIn("PE", Set.of(), "A hanging chad was found.")).isEmpty();
			assertThat(foreignNamesIn("PE", Set.of(), "Chad was found.")).containsExactly(List.of("Chad", "TD"));
		}

		@Test
		void headingInCapitalsStillNamesTheCountry() {
			assertThat(foreignNamesIn("PE", Set.of(), "INDIA'S PARTICIPATION REQUIREMENTS"))
				.containsExactly(List.of("India", "IN"));
		}

		@Test
		void countryNameInsideALongerWordIsNotReported() {
			assertThat(foreignNamesIn("PE", Set.of(), "Projects in the Indian Ocean.")).isEmpty();
			assertThat(foreignNamesIn("NG", Set.of(), "Nigeria's carbon market.")).isEmpty();
		}

		@Test
		void spanishAndFrenchNamesAreRecognised() {
			assertThat(foreignNamesIn("PE", Set.of(), "Acuerdo con Japón. Accord avec l'Inde."))
				.containsExactly(List.of("Japón", "JP"), List.of("Inde", "IN"));
		}

		@Test
		void namesWithCommasAndApostrophesAreMatchedWhole() {
			assertThat(foreignNamesIn("PE", Set.of(), "Korea, Republic of and Côte d’Ivoire signed."))
				.containsExactly(List.of("Korea, Republic of", "KR"), List.of("Côte d'Ivoire", "CI"));
		}

		@Test
		void namesShorterThanFourCharactersAreIgnored() {
			assertThat(foreignNamesIn("PE", Set.of(), "The USA left the agreement.")).isEmpty();
		}

		@Test
		void eachForeignCountryIsReportedOncePerField() {
			assertThat(foreignNamesIn("PE", Set.of(), "India signed. India's registry. L'Inde aussi."))
				.containsExactly(List.of("India", "IN"));
		}

		@Test
		void countryNameInALinkTargetIsNotReported() {
			assertThat(foreignNamesIn("PE", Set.of(), "See [the source](https://en.wikipedia.org/wiki/India).")).isEmpty();
		}

		@Test
		void recordWithoutACountryMayNameOnlyItsMentionableCountries() {
			assertThat(foreignNamesIn(null, Set.of("PE", "JP"), "Peru, Japan and India.")).containsExactly(
					List.of("India", "IN"));
		}

		private List<List<String>> foreignNamesIn(@Nullable String country, Set<String> mentionable, String text) {
			return warnings(Kind.OTHER_COUNTRY_NAME, record(country, mentionable, texts("body", text), Set.of("body")));
		}

	}

	@Nested
	class RepeatedSentence {

		@Test
		void sameSentenceTwiceIsRepeated() {
			assertThat(repeatsIn("Peru signed the agreement in 2020. It is in force now. "
					+ "Peru signed the agreement in 2020.")).containsExactly(List.of("Peru signed the agreement in 2020."));
		}

		@Test
		void repeatsDifferingInCaseSpacingAndFinalPunctuationAreRepeated() {
			assertThat(repeatsIn("The registry opened in March 2024! THE REGISTRY  OPENED in march 2024"))
				.containsExactly(List.of("The registry opened in March 2024!"));
		}

		@Test
		void repeatedLineWithoutFinalPunctuationIsRepeated() {
			assertThat(repeatsIn("- Authorization of ITMOs by the DNA\n- Reporting to the UNFCCC\n"
					+ "- Authorization of ITMOs by the DNA")).containsExactly(List.of("Authorization of ITMOs by the DNA"));
		}

		@Test
		void sentencesUnderTwentyCharactersMayRepeat() {
			assertThat(repeatsIn("Not applicable. Yes. Not applicable. Yes.")).isEmpty();
		}

		@Test
		void differentSentencesAreNotRepeats() {
			assertThat(repeatsIn("Peru signed the agreement in 2020. Peru signed the agreement in 2021.")).isEmpty();
		}

		@Test
		void aSentenceRepeatedThreeTimesIsReportedOnce() {
			String sentence = "The mitigation outcomes are authorised. ";
			assertThat(repeatsIn(sentence.repeat(3))).hasSize(1);
		}

		@Test
		void theSameSentenceInTwoFieldsIsNotARepeat() {
			Map<String, String> texts = new LinkedHashMap<>();
			texts.put("summary", "Peru signed the agreement in 2020.");
			texts.put("body", "Peru signed the agreement in 2020.");

			assertThat(check.check(record("PE", Set.of(), texts, Set.of()))).isEmpty();
		}

		@Test
		void longRepeatedSentenceIsShortenedToEightyCharacters() {
			String sentence = "The cooperative approach covers renewable energy, clean cooking, waste management "
					+ "and forestry activities across the country.";
			List<List<String>> repeats = repeatsIn(sentence + " " + sentence);

			assertThat(repeats).hasSize(1);
			assertThat(repeats.getFirst().getFirst()).hasSize(80)
				.startsWith("The cooperative approach covers renewable energy")
				.endsWith("…");
		}

		private List<List<String>> repeatsIn(String text) {
			return warnings(Kind.REPEATED_SENTENCE, record("PE", Set.of(), texts("body", text), Set.of()));
		}

	}

	@Nested
	class MissingSourceUrl {

		@Test
		void missingSourceUrlIsReported() {
			CheckedRecord record = new CheckedRecord("PE", Set.of(), Map.of(), Set.of(), null, Map.of(), TODAY);

			assertThat(check.check(record)).containsExactly(new ContentWarning(Kind.MISSING_SOURCE_URL, "sourceUrl",
					List.of()));
		}

		@Test
		void blankSourceUrlIsMissing() {
			CheckedRecord record = new CheckedRecord("PE", Set.of(), Map.of(), Set.of(), "  ", Map.of(), TODAY);

			assertThat(check.check(record)).extracting(ContentWarning::kind).containsExactly(Kind.MISSING_SOURCE_URL);
		}

		@Test
		void presentSourceUrlIsNotMissing() {
			assertThat(check.check(withSource(SOURCE))).isEmpty();
		}

		@Test
		void absentLinkFieldIsNotAWarning() {
			Map<String, String> links = new LinkedHashMap<>();
			links.put("url", "");
			CheckedRecord record = new CheckedRecord("PE", Set.of(), Map.of(), Set.of(), SOURCE, links, TODAY);

			assertThat(check.check(record)).isEmpty();
		}

	}

	@Nested
	class MalformedLink {

		@Test
		void sourceUrlWithoutSchemeIsMalformed() {
			assertThat(check.check(withSource("www.minam.gob.pe/cambio-climatico")))
				.containsExactly(new ContentWarning(Kind.MALFORMED_LINK, "sourceUrl",
						List.of("www.minam.gob.pe/cambio-climatico")));
		}

		@Test
		void sourceUrlContainingWhitespaceIsMalformed() {
			assertThat(kindsFor(withSource("https://www.gob.pe/minam/ndc 2025.pdf")))
				.containsExactly(Kind.MALFORMED_LINK);
		}

		@Test
		void surroundingWhitespaceIsNotPartOfTheUrl() {
			assertThat(check.check(withSource("  https://www.gob.pe/minam  "))).isEmpty();
		}

		@Test
		void schemesOtherThanHttpAreMalformed() {
			assertThat(kindsFor(withSource("ftp://ftp.unfccc.int/ndc.pdf"))).containsExactly(Kind.MALFORMED_LINK);
			assertThat(kindsFor(withSource("mailto:registry@minam.gob.pe"))).containsExactly(Kind.MALFORMED_LINK);
		}

		@Test
		void hostWithoutADotIsMalformed() {
			assertThat(kindsFor(withSource("https://intranet/ndc"))).containsExactly(Kind.MALFORMED_LINK);
		}

		@Test
		void urlThatJavaCannotParseIsMalformed() {
			assertThat(kindsFor(withSource("https://unfccc.int/search?q={ndc}"))).containsExactly(Kind.MALFORMED_LINK);
			assertThat(kindsFor(withSource("https://www.gob_pe.org/"))).containsExactly(Kind.MALFORMED_LINK);
		}

		@Test
		void wellFormedHttpAndHttpsUrlsAreFine() {
			assertThat(check.check(withSource("http://www.minam.gob.pe/"))).isEmpty();
			assertThat(check.check(withSource("https://es.wikipedia.org/wiki/Perú?x=1#historia"))).isEmpty();
		}

		@Test
		void linkFieldsAreCheckedLikeTheSourceUrl() {
			Map<String, String> links = new LinkedHashMap<>();
			links.put("url", "gob.pe/project");
			CheckedRecord record = new CheckedRecord("PE", Set.of(), Map.of(), Set.of(), SOURCE, links, TODAY);

			assertThat(check.check(record)).containsExactly(new ContentWarning(Kind.MALFORMED_LINK, "url",
					List.of("gob.pe/project")));
		}

		@Test
		void markdownLinkWithoutSchemeInATextIsMalformed() {
			assertThat(linksIn("See [the NDC](unfccc.int/ndc) and [nothing]()."))
				.containsExactly(tuple(Kind.MALFORMED_LINK, List.of("unfccc.int/ndc")),
						tuple(Kind.MALFORMED_LINK, List.of("")));
		}

		@Test
		void markdownLinkWithTitleAndParenthesesIsFine() {
			assertThat(linksIn("See [the article](https://en.wikipedia.org/wiki/Paris_Agreement_(2015) \"Paris\") "
					+ "and [the site](<https://www.gob.pe/minam>).")).isEmpty();
		}

		@Test
		void markdownLinkTargetWithASpaceIsMalformed() {
			assertThat(linksIn("See [the NDC](https://unfccc.int/NDC 2025.pdf)."))
				.containsExactly(tuple(Kind.MALFORMED_LINK, List.of("https://unfccc.int/NDC 2025.pdf")));
		}

		@Test
		void bareUrlInATextIsChecked() {
			assertThat(linksIn("Registry at https://registry/peru and https://www.gob.pe/minam."))
				.containsExactly(tuple(Kind.MALFORMED_LINK, List.of("https://registry/peru")));
		}

		@Test
		void punctuationAfterABareUrlIsNotPartOfIt() {
			assertThat(linksIn("(see https://www.gob.pe/minam). Also **https://unfccc.int/ndc**, then https://unfccc.int!"))
				.isEmpty();
		}

		@Test
		void mailtoAndAnchorLinksInATextAreNotWebLinks() {
			assertThat(linksIn("Write to [the registry](mailto:registry@minam.gob.pe) or see [below](#contacts)."))
				.isEmpty();
		}

		@Test
		void theSameBadUrlTwiceInOneFieldIsReportedOnce() {
			assertThat(linksIn("[a](gob.pe/a) and [again](gob.pe/a)")).hasSize(1);
		}

		private List<Kind> kindsFor(CheckedRecord record) {
			return check.check(record).stream().map(ContentWarning::kind).toList();
		}

	}

	@Nested
	class SuspiciousLink {

		@Test
		void localhostIsSuspicious() {
			assertThat(verdictOf("http://localhost:8080/countries/PE")).isEqualTo(Kind.SUSPICIOUS_LINK);
			assertThat(verdictOf("https://portal.localhost/")).isEqualTo(Kind.SUSPICIOUS_LINK);
		}

		@Test
		void privateAndLoopbackAddressesAreSuspicious() {
			assertThat(List.of("http://10.1.2.3/", "http://172.16.5.4/", "http://172.31.255.1/", "http://192.168.1.10/x",
					"https://127.0.0.1:8443/", "http://[::1]:8080/"))
				.allSatisfy((url) -> assertThat(verdictOf(url)).as(url).isEqualTo(Kind.SUSPICIOUS_LINK));
		}

		@Test
		void publicAddressesAreNotSuspicious() {
			assertThat(List.of("http://172.32.0.1/", "http://8.8.8.8/", "http://192.169.0.1/", "http://[2001:4860::8888]/"))
				.allSatisfy((url) -> assertThat(verdictOf(url)).as(url).isNull());
		}

		@Test
		void reservedTopLevelDomainsAreSuspicious() {
			assertThat(List.of("https://registry.local/", "https://portal.test/", "https://www.peru.example/",
					"https://ndc.invalid/"))
				.allSatisfy((url) -> assertThat(verdictOf(url)).as(url).isEqualTo(Kind.SUSPICIOUS_LINK));
		}

		@Test
		void exampleDomainsAndTheirSubdomainsAreSuspicious() {
			assertThat(List.of("https://example.com/ndc", "https://www.example.org/", "http://docs.EXAMPLE.net/x"))
				.allSatisfy((url) -> assertThat(verdictOf(url)).as(url).isEqualTo(Kind.SUSPICIOUS_LINK));
		}

		@Test
		void domainsThatOnlyLookLikeExampleAreNotSuspicious() {
			assertThat(List.of("https://myexample.com/", "https://example.com.pe/", "https://www.testing.org/",
					"https://local.gob.pe/"))
				.allSatisfy((url) -> assertThat(verdictOf(url)).as(url).isNull());
		}

		@Test
		void plainHttpToAPlaceholderHostIsSuspicious() {
			assertThat(verdictOf("http://www.yourdomain.com/ndc")).isEqualTo(Kind.SUSPICIOUS_LINK);
			assertThat(verdictOf("http://xxx.com/")).isEqualTo(Kind.SUSPICIOUS_LINK);
			assertThat(verdictOf("http://www.minam.gob.pe/")).isNull();
		}

		@Test
		void suspiciousLinksInTextsAreReported() {
			assertThat(linksIn("Draft at [the registry](http://192.168.0.5/registry) and http://localhost/x."))
				.containsExactly(tuple(Kind.SUSPICIOUS_LINK, List.of("http://192.168.0.5/registry")),
						tuple(Kind.SUSPICIOUS_LINK, List.of("http://localhost/x")));
		}

		private @Nullable Kind verdictOf(String url) {
			List<ContentWarning> warnings = check.check(withSource(url));
			assertThat(warnings).hasSizeLessThanOrEqualTo(1);
			return warnings.isEmpty() ? null : warnings.getFirst().kind();
		}

	}

	@Nested
	class StaleRecord {

		@Test
		void reviewedMoreThanTwelveMonthsAgoIsStale() {
			assertThat(check.check(reviewedOn(LocalDate.of(2025, 1, 10))))
				.containsExactly(new ContentWarning(Kind.STALE_RECORD, "lastReviewedOn", List.of("2025-01-10", "14")));
		}

		@Test
		void reviewedOneDayOverTwelveMonthsAgoIsStale() {
			assertThat(check.check(reviewedOn(LocalDate.of(2025, 3, 14)))).extracting(ContentWarning::arguments)
				.containsExactly(List.of("2025-03-14", "12"));
		}

		@Test
		void reviewedExactlyTwelveMonthsAgoIsNotStale() {
			assertThat(check.check(reviewedOn(LocalDate.of(2025, 3, 15)))).isEmpty();
		}

		@Test
		void recentlyReviewedRecordIsNotStale() {
			assertThat(check.check(reviewedOn(LocalDate.of(2026, 1, 2)))).isEmpty();
		}

		@Test
		void unknownReviewDateIsNotStale() {
			assertThat(check.check(reviewedOn(null))).isEmpty();
		}

		@Test
		void todayIsTakenInUtcWhateverTheClocksZone() {
			Instant lateOn15thInUtc = Instant.parse("2026-03-15T23:30:00Z");
			ContentHealthCheck kiritimati = new ContentHealthCheck(COUNTRIES,
					Clock.fixed(lateOn15thInUtc, ZoneId.of("Pacific/Kiritimati")));

			assertThat(kiritimati.check(reviewedOn(LocalDate.of(2025, 3, 15)))).isEmpty();
		}

		private CheckedRecord reviewedOn(@Nullable LocalDate date) {
			return new CheckedRecord("PE", Set.of(), Map.of(), Set.of(), SOURCE, Map.of(), date);
		}

	}

	@Nested
	class Order {

		@Test
		void warningsFollowFieldOrderThenRuleOrder() {
			Map<String, String> texts = new LinkedHashMap<>();
			texts.put("summary", "India's registry: https://localhost/a [x](bad) TBD.");
			texts.put("notes", "Nothing to say here at all.");
			texts.put("body", "The same sentence is written twice. The same sentence is written twice. Lorem ipsum.");
			Map<String, String> links = new LinkedHashMap<>();
			links.put("url", "http://example.com/");
			links.put("documentUrl", "not a url");
			CheckedRecord record = new CheckedRecord("PE", Set.of(), texts, Set.of("summary", "body"), null, links,
					LocalDate.of(2020, 1, 1));

			assertThat(check.check(record)).extracting(ContentWarning::field, ContentWarning::kind)
				.containsExactly(tuple("summary", Kind.PLACEHOLDER_TEXT), tuple("summary", Kind.OTHER_COUNTRY_NAME),
						tuple("summary", Kind.MALFORMED_LINK), tuple("summary", Kind.SUSPICIOUS_LINK),
						tuple("body", Kind.PLACEHOLDER_TEXT), tuple("body", Kind.REPEATED_SENTENCE),
						tuple("sourceUrl", Kind.MISSING_SOURCE_URL), tuple("url", Kind.SUSPICIOUS_LINK),
						tuple("documentUrl", Kind.MALFORMED_LINK), tuple("lastReviewedOn", Kind.STALE_RECORD));
		}

		@Test
		void linksWithinAFieldKeepTheirOrderOfAppearance() {
			assertThat(linksIn("[b](gob.pe/b) then https://x/y then [a](gob.pe/a)")).containsExactly(
					tuple(Kind.MALFORMED_LINK, List.of("gob.pe/b")), tuple(Kind.MALFORMED_LINK, List.of("https://x/y")),
					tuple(Kind.MALFORMED_LINK, List.of("gob.pe/a")));
		}

	}

	private List<Tuple> linksIn(String text) {
		return this.check.check(record("PE", Set.of(), texts("body", text), Set.of()))
			.stream()
			.filter((warning) -> warning.kind() == Kind.MALFORMED_LINK || warning.kind() == Kind.SUSPICIOUS_LINK)
			.map((warning) -> tuple(warning.kind(), warning.arguments()))
			.toList();
	}

	private List<List<String>> warnings(Kind kind, CheckedRecord record) {
		return this.check.check(record)
			.stream()
			.filter((warning) -> warning.kind() == kind)
			.map(ContentWarning::arguments)
			.toList();
	}

	private static CheckedRecord record(@Nullable String country, Set<String> mentionable, Map<String, String> texts,
			Set<String> countrySpecificFields) {
		return new CheckedRecord(country, mentionable, texts, countrySpecificFields, SOURCE, Map.of(), TODAY);
	}

	private static CheckedRecord withSource(String sourceUrl) {
		return new CheckedRecord("PE", Set.of(), Map.of(), Set.of(), sourceUrl, Map.of(), TODAY);
	}

	private static Map<String, String> texts(String field, String text) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put(field, text);
		return texts;
	}

}
