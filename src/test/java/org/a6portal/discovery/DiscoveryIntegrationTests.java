package org.a6portal.discovery;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeLog;
import org.a6portal.history.ContentRevision;
import org.a6portal.history.NewChange;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap lists every public page a crawler should find, with when it last changed, and nothing else; robots.txt
 * keeps crawlers out of the admin section and points at the sitemap.
 */
@IntegrationTest
class DiscoveryIntegrationTests {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ChangeLog changeLog;

	@Autowired
	private ContentRevision revision;

	@Test
	void sitemapListsThePublicPagesWithAbsoluteUrls() {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.APPLICATION_XML))
			.isTrue();
		Map<String, String> urls = urls(result);
		assertThat(urls).containsKeys("http://localhost:8080/", "http://localhost:8080/countries", "http://localhost:8080/countries/pe",
				"http://localhost:8080/countries/ch", "http://localhost:8080/api",
				"http://localhost:8080/cooperative-approaches", "http://localhost:8080/pacm-activities",
				"http://localhost:8080/timelines", "http://localhost:8080/compare");
		int countries = this.jdbc.sql("SELECT count(*) FROM country").query(Integer.class).single();
		assertThat(urls.keySet()).filteredOn((url) -> url.matches("http://localhost:8080/countries/[a-z]{2}")).hasSize(countries);
		assertThat(urls.keySet()).allSatisfy((url) -> assertThat(url).startsWith("http://localhost:8080/").doesNotContain("/admin"));
		urls.values().stream().filter((lastmod) -> !lastmod.isEmpty()).forEach(DiscoveryIntegrationTests::w3cDatetime);
	}

	@Test
	@Transactional
	void countryPageIsLastModifiedAtItsLastPublicChange() {
		this.changeLog.record(new NewChange("cooperative_approach", "999999", "An approach", ChangeAction.UPDATE,
				"editor@example.org", 1L, true, null, null, Set.of("PE"), null));
		Map<String, String> urls = urls(this.mvc.get().uri("/sitemap.xml").exchange());
		Instant lastChange = Objects.requireNonNull(this.revision.country("PE").lastPublicChange());
		assertThat(w3cDatetime(urls.get("http://localhost:8080/countries/pe")).toInstant())
			.isEqualTo(lastChange.truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	@Transactional
	void countryWithoutAnyRecordHasNoLastmodHoweverRecentlyItsRowWasLoaded() {
		this.jdbc.sql("""
				INSERT INTO country (iso2, iso3, name_en, name_es, name_fr, slug, unfccc_party, annex_i, updated_at)
				VALUES ('ZZ', 'ZZZ', 'Testland', 'Testlandia', 'Testlande', 'zz', false, false, '2020-01-02T03:04:05.678Z')
				""").update();
		Map<String, String> urls = urls(this.mvc.get().uri("/sitemap.xml").exchange());
		assertThat(urls).containsEntry("http://localhost:8080/countries/zz", "");
		assertThat(this.revision.country("TD").lastPublicChange()).isNull();
		assertThat(urls).containsEntry("http://localhost:8080/countries/td", "");
	}

	@Test
	void everyCountryPageIsLastModifiedWhenItsContentLastChangedAsItsLastUpdatedLineSays() {
		Map<String, String> urls = urls(this.mvc.get().uri("/sitemap.xml").exchange());
		List<String> codes = this.jdbc.sql("SELECT iso2 FROM country ORDER BY iso2").query(String.class).list();
		Map<String, String> expected = new java.util.TreeMap<>();
		Map<String, String> actual = new java.util.TreeMap<>();
		for (String iso2 : codes) {
			String url = "http://localhost:8080/countries/" + iso2.toLowerCase(java.util.Locale.ROOT);
			Instant contentChanged = this.revision.country(iso2).lastPublicChange();
			expected.put(url, (contentChanged != null) ? contentChanged.truncatedTo(ChronoUnit.SECONDS).toString() : "");
			actual.put(url, urls.get(url).isEmpty() ? "" : w3cDatetime(urls.get(url)).toInstant().toString());
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void sitemapHoldsEveryPublishedProjectAndNoDraft() {
		Map<String, String> urls = urls(this.mvc.get().uri("/sitemap.xml").exchange());
		List<String> published = this.jdbc
			.sql("SELECT slug FROM capacity_building_project WHERE publication_status = 'published'")
			.query(String.class)
			.list();
		assertThat(published).isNotEmpty();
		assertThat(urls).containsKeys(published.stream().map((slug) -> "http://localhost:8080/capacity-building/" + slug)
			.toArray(String[]::new));
		assertThat(urls.keySet()).filteredOn((url) -> url.contains("/capacity-building/")).hasSameSizeAs(published);
		assertThat(urls).doesNotContainKey("http://localhost:8080/capacity-building/cb-neyen-readiness");
		assertThat(urls.get("http://localhost:8080/capacity-building/" + published.getFirst())).isNotEmpty();
		// dated by the day their sources were read, never by the load: a project of 2026-11-30 and one of 2026-11-23;
		// a regional project naming no country is there too
		assertThat(urls.get("http://localhost:8080/capacity-building/cb-adb-a6sf")).startsWith("2026-11-30T00:00:00");
		assertThat(urls.get("http://localhost:8080/capacity-building/cb-iaa6")).startsWith("2026-11-23T00:00:00");
	}

	@Test
	@Transactional
	void sitemapHoldsEveryPublishedRecordPageAtItsOwnLastChangeAndNoDraft() {
		this.jdbc.sql("INSERT INTO pacm_activity (slug, host_iso2, title, origin, stage, publication_status, source_title, "
				+ "source_retrieved_on, last_reviewed_on) VALUES ('draft-activity', 'PE', 'Draft activity', 'new_activity', "
				+ "'pcn_submitted', 'draft', 'Notes', DATE '2026-01-01', DATE '2026-01-01')").update();
		// later than the seed's dates
		Instant edited = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		long approach = this.jdbc.sql("SELECT id FROM cooperative_approach WHERE slug = 'ca-ch-pe'").query(Long.class).single();
		this.changeLog.record(new NewChange("cooperative_approach", String.valueOf(approach), "Peru–Switzerland",
				ChangeAction.UPDATE, "alice", 2L, true, null, null, Set.of("PE"), null, null, edited, true));
		Map<String, String> urls = urls(this.mvc.get().uri("/sitemap.xml").exchange());
		for (String[] kind : new String[][] { { "cooperative_approach", "/cooperative-approaches/" },
				{ "pacm_activity", "/pacm-activities/" }, { "initial_report", "/initial-reports/" } }) {
			List<String> published = this.jdbc
				.sql("SELECT slug FROM " + kind[0] + " WHERE publication_status = 'published'")
				.query(String.class)
				.list();
			assertThat(published).isNotEmpty();
			assertThat(urls.keySet()).filteredOn((url) -> url.contains(kind[1]))
				.containsExactlyInAnyOrderElementsOf(published.stream().map((slug) -> "http://localhost:8080" + kind[1] + slug).toList());
		}
		assertThat(urls).doesNotContainKey("http://localhost:8080/pacm-activities/draft-activity")
			.containsEntry("http://localhost:8080/cooperative-approaches/ca-ch-pe", edited.toString())
			.containsKey("http://localhost:8080/initial-reports/ir-gh-1");
	}

	@Test
	void robotsKeepCrawlersOutOfTheAdminSectionAndNameTheSitemap() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/robots.txt").exchange();
		assertThat(result).hasStatusOk();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.TEXT_PLAIN))
			.isTrue();
		List<String> lines = result.getResponse().getContentAsString().lines().toList();
		assertThat(lines).contains("User-agent: *", "Disallow: /admin/", "Sitemap: http://localhost:8080/sitemap.xml");
		assertThat(lines).filteredOn((line) -> line.startsWith("Disallow:")).containsExactly("Disallow: /admin/");
	}

	/** Each URL of the sitemap with its lastmod ("" where it has none). */
	private static Map<String, String> urls(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		Document sitemap;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			sitemap = factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML", ex);
		}
		Element root = sitemap.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(SITEMAP);
		assertThat(root.getLocalName()).isEqualTo("urlset");
		Map<String, String> urls = new LinkedHashMap<>();
		NodeList entries = root.getElementsByTagNameNS(SITEMAP, "url");
		for (int i = 0; i < entries.getLength(); i++) {
			Element url = (Element) entries.item(i);
			String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
			NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
			assertThat(urls.put(loc, (lastmod.getLength() > 0) ? lastmod.item(0).getTextContent() : "")).as(loc).isNull();
		}
		return urls;
	}

	private static OffsetDateTime w3cDatetime(String text) {
		assertThat(text).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
		return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
