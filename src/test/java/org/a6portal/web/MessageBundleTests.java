package org.a6portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles as MessageFormat reads them: a message with arguments is a pattern, where a lone apostrophe
 * starts a quote and swallows text ("the UNFCCC's lists" came out as "the UNFCCCs lists"). (That the bundles share their keys is
 * {@link TemplateHygieneTests}' check.)
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

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/messages/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
