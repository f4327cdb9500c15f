package org.a6portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates keep every word in the message bundles, and nothing a strict Content-Security-Policy would block;
 * the Spanish and French bundles have exactly the English keys.
 */
class TemplateHygieneTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder");

	private static Map<String, Document> templates;

	@BeforeAll
	static void readTemplates() throws IOException {
		templates = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html")) {
			try (InputStream in = resource.getInputStream()) {
				String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				templates.put(resource.getURL().getPath().replaceAll(".*/templates/", ""),
						Jsoup.parse(html, "", Parser.xmlParser()));
			}
		}
		assertThat(templates).containsKey("profile/show.html");
	}

	@Test
	void templatesHoldNoLiteralText() {
		List<String> literals = new ArrayList<>();
		templates.forEach((name, document) -> {
			for (TextNode text : document.select("*").textNodes()) {
				if (LETTER.matcher(text.text()).find() && !replacedAtRender(text.parent())) {
					literals.add(name + ": \"" + text.text().strip() + "\"");
				}
			}
			for (Element element : document.select("*")) {
				for (String attribute : TEXT_ATTRIBUTES) {
					if (LETTER.matcher(element.attr(attribute)).find()) {
						literals.add(name + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		});
		assertThat(literals).isEmpty();
	}

	@Test
	void templatesHaveNoInlineScriptOrStyle() {
		templates.forEach((name, document) -> {
			assertThat(document.select("script:not([src]):not([th:src]):not([type=application/ld+json])")).as(name).isEmpty();
			assertThat(document.select("script[type=application/ld+json]:not([th:utext])")).as(name).isEmpty();
			assertThat(document.select("style")).as(name).isEmpty();
			assertThat(document.select("[style]")).as(name).isEmpty();
			for (Element element : document.select("*")) {
				element.attributes().forEach((attribute) -> assertThat(attribute.getKey()).as(name).doesNotStartWith("on"));
			}
		});
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Properties english = bundle("messages.properties");
		Set<String> missing = new TreeSet<>();
		templates.forEach((name, document) -> {
			Matcher matcher = MESSAGE_KEY.matcher(document.outerHtml());
			while (matcher.find()) {
				if (!english.containsKey(matcher.group(1))) {
					missing.add(name + ": " + matcher.group(1));
				}
			}
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void spanishAndFrenchBundlesHaveExactlyTheEnglishKeys() throws IOException {
		Set<Object> english = bundle("messages.properties").keySet();
		assertThat(bundle("messages_es.properties").keySet()).containsExactlyInAnyOrderElementsOf(english);
		assertThat(bundle("messages_fr.properties").keySet()).containsExactlyInAnyOrderElementsOf(english);
	}

	private static boolean replacedAtRender(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:replace")
					|| current.hasAttr("th:insert") || current.hasAttr("th:errors") || current.hasAttr("sec:authentication")) {
				return true;
			}
		}
		return false;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TemplateHygieneTests.class.getResourceAsStream("/messages/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
