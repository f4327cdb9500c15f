package org.a6portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.a6portal.country.Country;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles as MessageFormat reads them: a message with arguments is a pattern, where a lone apostrophe
 * starts a quote and swallows text ("the UNFCCC's lists" came out as "the UNFCCCs lists"); and they name every
 * sub-region the seed data uses. (That the bundles share their keys is {@link TemplateHygieneTests}' check.)
 */
class MessageBundleTests {

	private static final List<String> BUNDLES = List.of("messages.properties", "messages_es.properties",
			"messages_fr.properties");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	@Test
	void messagesWithArgumentsDoubleEveryApostrophe() throws IOException {
		List<String> unescaped = new ArrayList<>();
		for (String name : BUNDLES) {
			bundle(name).forEach((key, value) -> {
				String message = (String) value;
				if (ARGUMENT.matcher(message).find() && message.replace("''", "").contains("'")) {
					unescaped.add(name + ": " + key + "=" + message);
				}
			});
		}
		assertThat(unescaped).isEmpty();
	}

	@Test
	void pacmEmptyNoteKeepsItsApostrophe() throws IOException {
		String message = bundle("messages.properties").getProperty("profile.section.article64.empty");
		assertThat(new MessageFormat(message, Locale.ENGLISH).format(new Object[] { "Peru" }))
			.endsWith("confirmed from the UNFCCC’s lists.");
	}

	@Test
	void approachesWithoutSectorAgreeInNumber() throws IOException {
		String message = bundle("messages.properties").getProperty("profile.section.sectors.unassigned");
		MessageFormat format = new MessageFormat(message, Locale.ENGLISH);
		assertThat(format.format(new Object[] { 1 }))
			.isEqualTo("1 cooperative approach names no sector in its sources and is not counted.");
		assertThat(format.format(new Object[] { 29 }))
			.isEqualTo("29 cooperative approaches name no sector in their sources and are not counted.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_es.properties", "messages_fr.properties" })
	void everySeededSubregionIsNamed(String name) throws IOException {
		Properties bundle = bundle(name);
		Set<String> missing = new TreeSet<>();
		for (String subregion : seededSubregions()) {
			if (!bundle.containsKey(Country.subregionKey(subregion))) {
				missing.add(subregion);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void subregionsReadInTheirOwnLanguage() throws IOException {
		assertThat(bundle("messages_es.properties").getProperty(Country.subregionKey("South America")))
			.isEqualTo("América del Sur");
		assertThat(bundle("messages_fr.properties").getProperty(Country.subregionKey("South-eastern Asia")))
			.isEqualTo("Asie du Sud-Est");
		for (String subregion : seededSubregions()) {
			assertThat(bundle("messages.properties").getProperty(Country.subregionKey(subregion))).isEqualTo(subregion);
		}
	}

	private static Set<String> seededSubregions() throws IOException {
		Set<String> subregions = new TreeSet<>();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/db/seed/countries.csv")) {
			assertThat(in).isNotNull();
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				if (!row.get("subregion").isBlank()) {
					subregions.add(row.get("subregion"));
				}
			}
		}
		assertThat(subregions).hasSizeGreaterThan(20);
		return subregions;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/messages/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
