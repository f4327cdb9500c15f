package org.a6portal.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.NewChange;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds of public changes: well-formed Atom, only public changes, only the country's own in its feed, names of
 * fields but never values or editors, and the country code resolved like the profile page's.
 */
@IntegrationTest
class ChangesFeedIntegrationTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String EDITOR = "feed-editor@example.org";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ChangeLog changeLog;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@Transactional
	void portalFeedIsAtomWithUniqueIdsAndRfc3339Dates() {
		this.changeLog.record(change("cooperative_approach", "An approach", ChangeAction.UPDATE, true, Set.of("CH", "PE")));
		long sector = this.changeLog.record(change("sector", "A sector", ChangeAction.UPDATE, true, Set.of()));
		MvcTestResult result = this.mvc.get().uri("/feeds/changes.atom").exchange();
		assertThat(result).hasStatusOk();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
			.isEqualTo(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));
		Document feed = parse(result);
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "id")).isEqualTo("urn:a6portal:feed:changes");
		assertThat(text(root, "title")).isEqualTo("Article 6 country profiles: recent changes");
		assertThat(links(root)).containsEntry("self", "http://localhost:8080/feeds/changes.atom")
			.containsEntry("alternate", "http://localhost:8080/");
		assertThat(text(child(root, "author"), "name")).isEqualTo("Article 6 country profiles editors");
		int publicChanges = this.jdbc
			.sql("SELECT count(*) FROM change_log WHERE public_change AND entity_type NOT IN ('import', 'app_user')")
			.query(Integer.class)
			.single();
		List<Element> entries = entries(feed);
		assertThat(entries).hasSize(Math.min(50, publicChanges));
		assertThat(entries.stream().map((entry) -> text(entry, "id")).distinct()).hasSize(entries.size());
		Element approach = entries.get(1);
		assertThat(links(approach)).containsEntry("alternate", "http://localhost:8080/countries/ch#article-6-2")
			.containsEntry("related", "http://localhost:8080/countries/pe#article-6-2");
		assertThat(changeId(entries.getFirst())).isEqualTo(sector);
		assertThat(links(entries.getFirst())).containsEntry("alternate", "http://localhost:8080/");
		List<OffsetDateTime> updated = new ArrayList<>();
		for (Element entry : entries) {
			assertThat(text(entry, "id")).startsWith("urn:a6portal:change:");
			assertThat(text(entry, "title")).isNotBlank();
			assertThat(links(entry).get("alternate")).startsWith("http://localhost:8080/");
			updated.add(rfc3339(text(entry, "updated")));
		}
		assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(rfc3339(text(root, "updated"))).isEqualTo(updated.getFirst());
	}

	@Test
	@Transactional
	void countryFeedHoldsOnlyChangesTouchingTheCountry() {
		this.changeLog.record(change("cooperative_approach", "Peruvian approach", ChangeAction.UPDATE, true, Set.of("PE")));
		long swiss = this.changeLog.record(change("cooperative_approach", "Swiss-only approach", ChangeAction.UPDATE, true,
				Set.of("CH")));
		Document peru = parse(this.mvc.get().uri("/countries/pe/changes.atom").exchange());
		Element root = peru.getDocumentElement();
		assertThat(text(root, "title")).isEqualTo("Peru: recent changes – Article 6 country profiles");
		assertThat(links(root)).containsEntry("self", "http://localhost:8080/countries/pe/changes.atom")
			.containsEntry("alternate", "http://localhost:8080/countries/pe");
		List<Long> touchingPeru = this.jdbc.sql("SELECT change_id FROM change_log_country WHERE country_iso2 = 'PE'")
			.query(Long.class)
			.list();
		List<Element> entries = entries(peru);
		assertThat(entries).isNotEmpty();
		// an entry links to the record's own page where it has one, and then to Peru's page as related; else to Peru's
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(touchingPeru).contains(changeId(entry));
			String alternate = links(entry).get("alternate");
			if (alternate.startsWith("http://localhost:8080/countries/")) {
				assertThat(alternate).startsWith("http://localhost:8080/countries/pe");
			}
			else {
				assertThat(alternate).matches("http://localhost:8080/(cooperative-approaches|pacm-activities|initial-reports)/[a-z0-9-]+");
				assertThat(allLinks(entry, "related")).anyMatch((related) -> related.startsWith("http://localhost:8080/countries/pe#"));
			}
		});
		assertThat(entries.stream().map(ChangesFeedIntegrationTests::changeId)).doesNotContain(swiss);
		// the approach 999999 has no page: its entry links to the section of Peru's page
		assertThat(entries.stream().filter((entry) -> text(entry, "title").equals("Cooperative approach updated: Peruvian approach")))
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(links(entry).get("alternate")).isEqualTo("http://localhost:8080/countries/pe#article-6-2"));
		List<Element> portal = entries(parse(this.mvc.get().uri("/feeds/changes.atom").exchange()));
		assertThat(changeId(portal.getFirst())).isEqualTo(swiss);
		assertThat(text(portal.getFirst(), "title")).isEqualTo("Cooperative approach updated: Swiss-only approach");
		assertThat(links(portal.getFirst()).get("alternate")).isEqualTo("http://localhost:8080/countries/ch#article-6-2");
	}

	@Test
	@Transactional
	void sectionAnchorFollowsTheKindOfRecord() {
		Map<String, String> anchors = new LinkedHashMap<>();
		anchors.put("pacm_activity", "#article-6-4");
		anchors.put("ndc_target", "#national-targets");
		anchors.put("sd_statement", "#sustainable-development");
		anchors.put("capacity_building_project", "#capacity-building");
		anchors.put("country", "");
		Map<Long, String> expected = new LinkedHashMap<>();
		anchors.forEach((kind, anchor) -> expected.put(
				this.changeLog.record(change(kind, "A " + kind, ChangeAction.UPDATE, true, Set.of("PE"))), anchor));
		List<Element> entries = entries(parse(this.mvc.get().uri("/countries/pe/changes.atom").exchange()));
		expected.forEach((id, anchor) -> assertThat(entries).filteredOn((entry) -> changeId(entry) == id)
			.singleElement()
			.satisfies((entry) -> assertThat(links(entry).get("alternate")).isEqualTo("http://localhost:8080/countries/pe" + anchor)));
	}

	@Test
	@Transactional
	void changeMadeWhileTheRecordWasADraftNeverAppears() {
		long draft = this.changeLog.record(change("cooperative_approach", "Draft approach", ChangeAction.UPDATE, false,
				Set.of("PE")));
		assertThat(entries(parse(this.mvc.get().uri("/countries/pe/changes.atom").exchange())))
			.extracting(ChangesFeedIntegrationTests::changeId)
			.doesNotContain(draft);
		MvcTestResult portal = this.mvc.get().uri("/feeds/changes.atom").exchange();
		assertThat(entries(parse(portal))).extracting(ChangesFeedIntegrationTests::changeId).doesNotContain(draft);
		assertThat(new String(portal.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.doesNotContain("Draft approach");
	}

	@Test
	@Transactional
	void entryNamesTheChangedFieldsButNeitherTheirValuesNorTheEditor() {
		long id = this.changeLog.record(new NewChange("cooperative_approach", "999999", "Approach with a secret",
				ChangeAction.UPDATE, EDITOR, 2L, true, Map.of("title", "Old title", "notes", "unchanged"),
				Map.of("title", "Secret new title", "notes", "unchanged"), Set.of("PE"), null));
		MvcTestResult result = this.mvc.get().uri("/countries/pe/changes.atom").exchange();
		Element entry = entries(parse(result)).stream().filter((candidate) -> changeId(candidate) == id).findFirst().orElseThrow();
		assertThat(text(entry, "summary")).isEqualTo("Fields changed: Title.");
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Secret new title", "Old title", EDITOR, "@example.org");
	}

	@Test
	@Transactional
	void importIsShownByItsRecordsChangesOnlyOnce() {
		long importId = this.changeLog.record(new NewChange("import", "cooperative_approach", "import.csv",
				ChangeAction.IMPORT, EDITOR, null, true, null, null, Set.of("PE"), null));
		long child = this.changeLog.record(new NewChange("cooperative_approach", "999998", "Imported approach",
				ChangeAction.IMPORT, EDITOR, 1L, true, null, null, Set.of("PE"), null, importId));
		for (String uri : List.of("/feeds/changes.atom", "/countries/pe/changes.atom")) {
			List<Long> ids = entries(parse(this.mvc.get().uri(uri).exchange())).stream()
				.map(ChangesFeedIntegrationTests::changeId)
				.toList();
			assertThat(ids).as(uri).containsOnlyOnce(child).doesNotContain(importId);
		}
	}

	@Test
	@Transactional
	void textAnEditorTypedIsEscaped() {
		long id = this.changeLog.record(change("cooperative_approach", "<b>Tom & Jerry</b> ]]> \u0001", ChangeAction.CREATE,
				true, Set.of("PE")));
		Element entry = entries(parse(this.mvc.get().uri("/countries/pe/changes.atom").exchange())).stream()
			.filter((candidate) -> changeId(candidate) == id)
			.findFirst()
			.orElseThrow();
		assertThat(text(entry, "title")).isEqualTo("Cooperative approach added: <b>Tom & Jerry</b> ]]> ");
		assertThat(child(entry, "title").getElementsByTagNameNS("*", "*").getLength()).isZero();
	}

	@Test
	void everyOtherNameOfTheCountryRedirectsPermanentlyToTheLowerCaseAlpha2Feed() {
		for (String code : List.of("PE", "per", "PER", "peru")) {
			MvcTestResult result = this.mvc.get().uri("/countries/" + code + "/changes.atom?lang=es").exchange();
			assertThat(result).as(code).hasStatus(HttpStatus.MOVED_PERMANENTLY);
			assertThat(result).as(code).hasHeader("Location", "/countries/pe/changes.atom?lang=es");
		}
	}

	@Test
	void unknownCountryFeedIsNotFound() {
		assertThat(this.mvc.get().uri("/countries/xx/changes.atom")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static NewChange change(String kind, String label, ChangeAction action, boolean published,
			Set<String> countries) {
		return new NewChange(kind, "999999", label, action, EDITOR, 1L, published, null, null, countries, null);
	}

	private static Document parse(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML", ex);
		}
	}

	private static List<Element> entries(Document feed) {
		return children(feed.getDocumentElement(), "entry");
	}

	private static long changeId(Element entry) {
		return Long.parseLong(text(entry, "id").substring("urn:a6portal:change:".length()));
	}

	private static Map<String, String> links(Element parent) {
		Map<String, String> links = new LinkedHashMap<>();
		for (Element link : children(parent, "link")) {
			links.putIfAbsent(link.getAttribute("rel"), link.getAttribute("href"));
		}
		return links;
	}

	private static List<String> allLinks(Element parent, String rel) {
		return children(parent, "link").stream()
			.filter((link) -> rel.equals(link.getAttribute("rel")))
			.map((link) -> link.getAttribute("href"))
			.toList();
	}

	private static String text(Element parent, String name) {
		return child(parent, name).getTextContent();
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as(name).hasSize(1);
		return found.getFirst();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static OffsetDateTime rfc3339(String text) {
		assertThat(text).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
		return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
