package org.a6portal.seed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeTitlesTests {

	@Test
	void aComponentNamingItsProgrammeAfterADashMatchesIt() {
		assertThat(ProgrammeTitles.programmeNames("Canchayllo Hydro Power Plant, Pachacayo – Tunki PoA CPA #2"))
			.anySatisfy((name) -> assertThat(
					ProgrammeTitles.names("Tunki Small Scale Hydropower Program of Activities", name)).isTrue());
	}

	@Test
	void aComponentNamedAsItsProgrammeAndANumberMatchesIt() {
		assertThat(ProgrammeTitles.programmeNames("Clean Energy Program Supported by Republic of Korea CPA MM 02"))
			.anySatisfy((name) -> assertThat(
					ProgrammeTitles.names("Clean Energy Program Supported by the Republic of Korea", name)).isTrue());
	}

	@Test
	void aTitleNamingNoComponentNamesNoProgramme() {
		assertThat(ProgrammeTitles.programmeNames("Chancay Hydroelectric Power Plant")).isEmpty();
	}

	@Test
	void anotherProgrammeIsNotMatched() {
		assertThat(ProgrammeTitles.programmeNames("Canchayllo Hydro Power Plant, Pachacayo – Tunki PoA CPA #2"))
			.noneSatisfy((name) -> assertThat(ProgrammeTitles.names("Peruvian PoA for NCRE Projects", name)).isTrue());
	}

	@Test
	void aCountryNamedInAComponentsTitleIsNotAProgramme() {
		assertThat(ProgrammeTitles.programmeNames("CPA – 010: 15 MW Solar PV Power Project, Singrauli, Madhya Pradesh, India"))
			.noneSatisfy((name) -> assertThat(ProgrammeTitles.names("India Wind Energy Programme of Activities", name))
				.isTrue());
	}

	@Test
	void smallWordsAndPunctuationDoNotMatter() {
		assertThat(ProgrammeTitles.normalised("Clean Energy Program Supported by the Republic of Korea"))
			.isEqualTo(ProgrammeTitles.normalised("Clean energy program, supported by Republic of Korea"));
	}

}
