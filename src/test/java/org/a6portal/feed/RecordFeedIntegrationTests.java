package org.a6portal.feed;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.NewChange;
import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
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

import static org.a6portal.support.BadSlugs.MALFORMED;
import static org.a6portal.support.BadSlugs.REFUSED_BY_FIREWALL;
import static org.a6portal.support.BadSlugs.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's own feed of public changes ({@code /cooperative-approaches/{slug}/changes.atom} …), the portal's feed
 * linking entries to records' own pages, and the record pages advertising their feed and API resource.
 */
@IntegrationTest
class RecordFeedIntegrationTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ChangeLog changeLog;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@Transactional
	void approachFeedHoldsOnlyItsOwnPublicChangesByFieldLabel() {
		long id = idOf("cooperative_approach", "ca-ch-pe");
		Instant now = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("title", "Old title");
		before.put("itmoVolumeTco2e", 1);
		before.put("internalThing", "a");
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", "Secret new title");
		after.put("itmoVolumeTco2e", 2);
		after.put("internalThing", "b");
		long own = this.changeLog.record(new NewChange("cooperative_approach", String.valueOf(id), "Peru–Switzerland",
				ChangeAction.UPDATE, "alice@example.org", 2L, true, before, after, Set.of("PE", "CH"), null, null, now, true));
		long other = this.changeLog.record(new NewChange("cooperative_approach", String.valueOf(idOf("cooperative_approach",
				"ca-ch-gh")), "Ghana–Switzerland", ChangeAction.UPDATE, "alice@example.org", 2L, true, before, after,
				Set.of("GH", "CH"), null, null, now, true));
		long draft = this.changeLog.record(new NewChange("cooperative_approach", String.valueOf(id), "Peru–Switzerland",
				ChangeAction.UPDATE, "alice@example.org", 3L, false, before, after, Set.of("PE"), null, null, now, true));
		MvcTestResult result = this.mvc.get().uri("/cooperative-approaches/ca-ch-pe/changes.atom").exchange();
		assertThat(result).hasStatusOk();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
			.isEqualTo(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));
		Element root = parse(result).getDocumentElement();
		assertThat(text(root, "title")).startsWith("Implementing Agreement").endsWith(": public changes – Article 6 country profiles");
		assertThat(text(root, "id")).isEqualTo("urn:a6portal:feed:cooperative_approach:ca-ch-pe");
		assertThat(links(root)).containsEntry("self", "http://localhost:8080/cooperative-approaches/ca-ch-pe/changes.atom")
			.containsEntry("alternate", "http://localhost:8080/cooperative-approaches/ca-ch-pe");
		List<Element> entries = children(root, "entry");
		List<Long> ids = entries.stream().map(RecordFeedIntegrationTests::changeId).toList();
		assertThat(ids).contains(own).doesNotContain(other, draft);
		assertThat(ids).hasSize(this.jdbc.sql("SELECT count(*) FROM change_log WHERE entity_type = 'cooperative_approach' "
				+ "AND entity_id = ? AND public_change").param(String.valueOf(id)).query(Integer.class).single());
		Element entry = entries.getFirst();
		assertThat(changeId(entry)).isEqualTo(own);
		assertThat(links(entry)).containsEntry("alternate", "http://localhost:8080/cooperative-approaches/ca-ch-pe");
		assertThat(text(entry, "summary")).isEqualTo("Fields changed: Title, ITMO volume (tCO2e), other details.");
		String body = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Secret new title", "alice", "internalThing", "itmoVolumeTco2e");
	}

	@Test
	@Transactional
	void portalAndCountryFeedsLinkAnEntryToTheRecordsOwnPageWhileItIsPublished() {
		long id = idOf("pacm_activity", "unepccc-row-253");
		long change = this.changeLog.record(new NewChange("pacm_activity", String.valueOf(id), "Cookstove programme",
				ChangeAction.UPDATE, "bob@example.org", 2L, true, Map.of("stage", "a"), Map.of("stage", "b"),
				Set.of("BF", "TG"), null, null, Instant.now(), true));
		for (String uri : List.of("/feeds/changes.atom", "/countries/tg/changes.atom", "/pacm-activities/unepccc-row-253/changes.atom")) {
			Element entry = entry(uri, change);
			assertThat(links(entry).get("alternate")).as(uri).isEqualTo("http://localhost:8080/pacm-activities/unepccc-row-253");
			assertThat(related(entry)).as(uri).containsExactly("http://localhost:8080/countries/bf#article-6-4",
					"http://localhost:8080/countries/tg#article-6-4");
			assertThat(text(entry, "summary")).as(uri).isEqualTo("Fields changed: UNFCCC stage.");
		}
		assertThat(text(entry("/feeds/changes.atom?lang=es", change), "summary")).isEqualTo("Campos modificados: Etapa en la CMNUCC.");
		// once the record is a draft, its page is gone: the entry falls back to the country page's section
		this.jdbc.sql("UPDATE pacm_activity SET publication_status = 'draft' WHERE id = ?").param(id).update();
		assertThat(links(entry("/countries/tg/changes.atom", change)).get("alternate"))
			.isEqualTo("http://localhost:8080/countries/tg#article-6-4");
		assertThat(this.mvc.get().uri("/pacm-activities/unepccc-row-253/changes.atom")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void everyKindOfRecordHasItsFeedAndItsPageAdvertisesItWithItsApiResource() {
		for (String page : List.of("/cooperative-approaches/ca-ch-pe", "/pacm-activities/unepccc-row-534", "/initial-reports/ir-gh-1")) {
			org.jsoup.nodes.Document html = Pages.ok(this.mvc, page);
			String slug = page.substring(page.lastIndexOf('/') + 1);
			assertThat(html.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href")).as(page)
				.contains("/feeds/changes.atom", page + "/changes.atom");
			assertThat(html.select("head link[rel=alternate][type=application/json]").attr("href")).as(page)
				.isEqualTo("/api/v1" + page);
			assertThat(html.select("head link[rel=alternate][type=text/csv]").attr("href")).as(page)
				.isEqualTo("/api/v1" + page + ".csv");
			assertThat(html.select("section[aria-labelledby=record-data-heading] a").eachAttr("href")).as(page)
				.containsExactly("/api/v1" + page, "/api/v1" + page + ".csv", page + "/changes.atom", "/embed" + page);
			for (String link : html.select("section[aria-labelledby=record-data-heading] a").eachAttr("href")) {
				assertThat(this.mvc.get().uri(link)).as(link).hasStatusOk();
			}
			assertThat(parse(this.mvc.get().uri(page + "/changes.atom").exchange()).getDocumentElement().getLocalName())
				.as(slug)
				.isEqualTo("feed");
		}
		org.jsoup.nodes.Document french = Pages.html(this.mvc.get().uri("/initial-reports/ir-gh-1?lang=fr").exchange());
		assertThat(french.select("#record-data-heading").text()).isEqualTo("Données ouvertes et nouveautés");
		assertThat(french.select("head link[type=application/json]").attr("title")).isEqualTo("Cet enregistrement en JSON (API de données ouvertes)");
	}

	@Test
	void unknownOrMalformedRecordFeedsAreClientErrors() {
		for (String kind : List.of("cooperative-approaches", "pacm-activities", "initial-reports")) {
			assertThat(this.mvc.get().uri("/" + kind + "/no-such-record/changes.atom")).as(kind).hasStatus(HttpStatus.NOT_FOUND);
			for (String slug : MALFORMED) {
				MvcTestResult result = this.mvc.get().uri(URI.create("/" + kind + "/" + slug + "/changes.atom")).exchange();
				assertThat(result).as(kind + " " + slug.length()).hasStatus(HttpStatus.BAD_REQUEST);
				assertThat(Pages.html(result).select("main").text()).as(kind).contains("cannot be the address of a record");
			}
			for (String slug : REFUSED_BY_FIREWALL) {
				assertThat(this.mvc.get().uri(URI.create("/" + kind + "/" + slug + "/changes.atom"))).as(slug).hasStatus(HttpStatus.BAD_REQUEST);
			}
			for (String slug : REMOVED) {
				assertThat(this.mvc.get().uri(URI.create("/" + kind + "/" + slug + "/changes.atom"))).as(slug).hasStatus(HttpStatus.NOT_FOUND);
			}
		}
	}

	private long idOf(String table, String slug) {
		return this.jdbc.sql("SELECT id FROM " + table + " WHERE slug = ?").param(slug).query(Long.class).single();
	}

	private Element entry(String uri, long change) {
		return children(parse(this.mvc.get().uri(uri).exchange()).getDocumentElement(), "entry").stream()
			.filter((entry) -> changeId(entry) == change)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry " + change + " in " + uri));
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

	private static List<String> related(Element entry) {
		return children(entry, "link").stream()
			.filter((link) -> "related".equals(link.getAttribute("rel")))
			.map((link) -> link.getAttribute("href"))
			.toList();
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as(name).hasSize(1);
		return found.getFirst().getTextContent();
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

}
