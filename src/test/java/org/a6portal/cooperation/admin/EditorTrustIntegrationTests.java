package org.a6portal.cooperation.admin;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Issue 13's defects 3 (the confirmation of a save names the Parties it removed), 9 (a restored record keeps its id
 * and history; admin 404s speak the admin's words) and 10 (the list's filters survive a visit to a record, search reads
 * notes and ignores accents, numbers with thousands separators, feeds in words that announce a first publication),
 * with the slug suggested from the record and the error banner that names and links the fields.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class EditorTrustIntegrationTests {

	private static final String APPROACHES = "/admin/cooperative-approaches";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aSaveThatRemovesPartiesSaysWhichInTheConfirmation() {
		MultiValueMap<String, String> fields = fields("removal-approach", "DRAFT", "Approach losing a Party");
		fields.add("transferringParties", "CL");
		String location = create(fields);
		MultiValueMap<String, String> edited = fields("removal-approach", "DRAFT", "Approach losing a Party");
		MvcTestResult saved = this.mvc.post().uri(location).with(csrf()).params(edited).param("version", "0").exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		FlashMap flash = saved.getMvcResult().getFlashMap();
		Document confirmation = html(this.mvc.get().uri(location).flashAttrs(flash).exchange());
		assertThat(confirmation.select(".notice--ok").text()).isEqualTo("Saved.");
		assertThat(confirmation.select(".notice--warning[role=status]").text())
			.isEqualTo("Removed from Transferring (host) Parties: Chile (CL).");

		MvcTestResult unchanged = this.mvc.post().uri(location).with(csrf()).params(edited).param("version", "1").exchange();
		Document quiet = html(this.mvc.get().uri(location).flashAttrs(unchanged.getMvcResult().getFlashMap()).exchange());
		assertThat(quiet.select(".notice--ok").text()).isEqualTo("Saved.");
		assertThat(quiet.text()).doesNotContain("Removed from");

		Document history = html(this.mvc.get().uri(location.replace("/edit", "/history")).exchange());
		assertThat(history.select(".history__entry").first().select("th[scope=row]").eachText())
			.containsExactly("Transferring (host) Parties");
	}

	@Test
	void thePickerListsTheChosenCountriesFirstAsCheckboxes() {
		Document form = html(this.mvc.get().uri(APPROACHES + "/new").exchange());
		assertThat(form.select("select[multiple]")).isEmpty();
		assertThat(form.select("fieldset#transferringParties > legend").text()).isEqualTo("Transferring (host) Parties");
		assertThat(form.select("fieldset#transferringParties input[type=checkbox][name=transferringParties]")).hasSize(250);
		assertThat(form.select("fieldset#transferringParties input[type=hidden][name=_transferringParties]")).hasSize(1);

		MultiValueMap<String, String> fields = fields("picker-order-approach", "DRAFT", "Approach with three hosts");
		fields.add("transferringParties", "ZM");
		fields.add("transferringParties", "AR");
		String location = create(fields);
		Document edit = html(this.mvc.get().uri(location).exchange());
		assertThat(edit.select("fieldset#transferringParties .picker__options input").stream().limit(3)
			.map((box) -> box.val() + (box.hasAttr("checked") ? "+" : ""))).containsExactly("AR+", "PE+", "ZM+");
		assertThat(edit.select("fieldset#transferringParties .picker__chosen-list li").eachText())
			.containsExactly("Argentina (AR)", "Peru (PE)", "Zambia (ZM)");
		assertThat(edit.select("fieldset#transferringParties .picker__count").text()).isEqualTo("Chosen (3)");

		MultiValueMap<String, String> none = fields("picker-order-approach", "DRAFT", "Approach with three hosts");
		none.remove("transferringParties");
		none.add("_transferringParties", "on");
		assertThat(this.mvc.post().uri(location).with(csrf()).params(none).param("version", "0")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM cooperative_approach_party p JOIN cooperative_approach a ON a.id = p.approach_id
				WHERE a.slug = 'picker-order-approach' AND p.role = 'transferring'
				""").query(Integer.class).single()).as("unticking every box empties the list").isZero();
	}

	@Test
	void backToTheListKeepsItsSearchFiltersSortAndPage() {
		Document list = html(this.mvc.get().uri(APPROACHES + "?q=peru&status=published&sort=-signedOn&page=0").exchange());
		String recordLink = list.select("table.data-table tbody td a").first().attr("href");
		assertThat(recordLink).endsWith("/edit?back=q%3Dperu%26status%3Dpublished%26sort%3D-signedOn");
		Document form = html(this.mvc.get().uri(URI.create(recordLink)).exchange());
		assertThat(form.select(".form-actions a").attr("href"))
			.isEqualTo(APPROACHES + "?q=peru&status=published&sort=-signedOn");
		String action = form.select("form.form").attr("action");
		assertThat(action).endsWith("?back=q%3Dperu%26status%3Dpublished%26sort%3D-signedOn");
		MvcTestResult saved = this.mvc.post().uri(URI.create(action)).with(csrf()).params(Pages.formValues(form)).exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(recordLink);

		Document withSomethingElse = html(this.mvc.get().uri(URI.create(recordLink.replaceFirst("\\?back=.*",
				"?back=q%3Dperu%26evil%3Dhttps%3A%2F%2Fexample.org%26page%3Dx"))).exchange());
		assertThat(withSomethingElse.select(".form-actions a").attr("href")).isEqualTo(APPROACHES + "?q=peru");
	}

	@Test
	void aPageBeyondTheLastShowsTheLastPage() {
		Document beyond = html(this.mvc.get().uri(APPROACHES + "?page=99").exchange());
		Document last = html(this.mvc.get().uri(APPROACHES + "?page=2").exchange());
		assertThat(beyond.select(".pagination span").text()).isEqualTo("Page 3 of 3");
		assertThat(beyond.select("table.data-table tbody td a").eachText())
			.isEqualTo(last.select("table.data-table tbody td a").eachText()).isNotEmpty();
	}

	@Test
	void searchReadsNotesAndIgnoresAccents() {
		MultiValueMap<String, String> fields = fields("notes-approach", "DRAFT", "Bilateral agreement 7");
		fields.add("notes", "Negotiated by the Fondo Nacional del Ambiente of Perú.");
		create(fields);
		assertThat(titles("perú")).contains("Bilateral agreement 7").hasSizeGreaterThan(1)
			.containsAll(titles("peru")).containsAll(titles("PERU"));
		assertThat(titles("fondo nacional")).containsExactly("Bilateral agreement 7");
		assertThat(titles("Côte d")).isEqualTo(titles("cote d"));
		assertThat(this.mvc.get().uri("/admin/countries?q=méxico").exchange()).bodyText().contains("Mexico");
	}

	@Test
	void numbersWithThousandsSeparatorsAreRead() {
		assertThat(volumeSaved("2,000,000", Locale.ENGLISH)).isEqualByComparingTo("2000000");
		assertThat(volumeSaved("2.000.000", Locale.forLanguageTag("es"))).isEqualByComparingTo("2000000");
		assertThat(volumeSaved("2 000 000", Locale.FRENCH)).isEqualByComparingTo("2000000");
		assertThat(volumeSaved("2\u202F000\u202F000", Locale.FRENCH)).isEqualByComparingTo("2000000");
		assertThat(volumeSaved("1,500", Locale.ENGLISH)).isEqualByComparingTo("1500");
		assertThat(volumeSaved("1500000", Locale.ENGLISH)).isEqualByComparingTo("1500000");

		MultiValueMap<String, String> fields = fields("volume-words", "DRAFT", "Volume in words");
		fields.set("itmoVolumeTco2e", "2 million");
		MvcTestResult refused = this.mvc.post().uri(APPROACHES + "/new").with(csrf()).params(fields).exchange();
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(refused);
		assertThat(page.select("#itmoVolumeTco2e").val()).isEqualTo("2 million");
		assertThat(page.select(".field__error").eachText()).contains("Enter a number, for example 1000000.");
	}

	@Test
	void aRestoredRecordKeepsItsIdHistoryAndAddress() {
		MultiValueMap<String, String> fields = fields("restored-approach", "DRAFT", "Approach to restore");
		fields.add("transferringParties", "CL");
		String location = create(fields);
		String id = location.replaceAll(".*/(\\d+)/edit", "$1");
		MultiValueMap<String, String> edited = fields("restored-approach", "DRAFT", "Approach to restore, edited");
		edited.add("transferringParties", "CL");
		assertThat(this.mvc.post().uri(location).with(csrf()).params(edited).param("version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri(APPROACHES + "/" + id + "/delete").with(csrf()).param("version", "1"))
			.hasStatus(HttpStatus.FOUND);

		MvcTestResult gone = this.mvc.get().uri(location).exchange();
		assertThat(gone).hasStatus(HttpStatus.NOT_FOUND);
		Document notFound = html(gone);
		assertThat(notFound.select("h1").text()).isEqualTo("There is no such record");
		assertThat(notFound.text()).contains("Recent changes can restore it").doesNotContain("not be published");
		assertThat(notFound.select("body.admin")).hasSize(1);

		long deletion = this.jdbc.sql("""
				SELECT id FROM change_log WHERE entity_type = 'cooperative_approach' AND entity_id = ? AND action = 'delete'
				""").param(id).query(Long.class).single();
		assertThat(this.mvc.post().uri("/admin/changes/" + deletion + "/revert").with(csrf())).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("SELECT id::text FROM cooperative_approach WHERE slug = 'restored-approach'")
			.query(String.class).single()).as("the id it had").isEqualTo(id);
		assertThat(this.jdbc.sql("""
				SELECT string_agg(country_iso2 || ':' || role, ',' ORDER BY country_iso2) FROM cooperative_approach_party
				WHERE approach_id = ?
				""").param(Long.valueOf(id)).query(String.class).single()).isEqualTo("CL:transferring,JP:acquiring,PE:transferring");
		Document form = html(this.mvc.get().uri(location).exchange());
		assertThat(form.select("#title").val()).isEqualTo("Approach to restore, edited");
		Document history = html(this.mvc.get().uri(APPROACHES + "/" + id + "/history").exchange());
		assertThat(history.select(".history__meta strong").eachText()).containsExactly("Reverted", "Deleted", "Updated",
				"Created");
	}

	@Test
	void aBlankSlugIsSuggestedFromTheParties() {
		MultiValueMap<String, String> fields = fields("", "DRAFT", "Norway–Peru implementing agreement");
		fields.set("acquiringParties", "NO");
		String location = create(fields);
		String id = location.replaceAll(".*/(\\d+)/edit", "$1");
		assertThat(this.jdbc.sql("SELECT slug FROM cooperative_approach WHERE id = ?").param(Long.valueOf(id))
			.query(String.class).single()).isEqualTo("ca-no-pe");
		String second = create(fields);
		assertThat(this.jdbc.sql("SELECT slug FROM cooperative_approach WHERE id = ?")
			.param(Long.valueOf(second.replaceAll(".*/(\\d+)/edit", "$1"))).query(String.class).single())
			.isEqualTo("ca-no-pe-2");

		MultiValueMap<String, String> invalid = fields("", "DRAFT", "");
		invalid.set("acquiringParties", "NO");
		Document page = html(this.mvc.post().uri(APPROACHES + "/new").with(csrf()).params(invalid).exchange());
		assertThat(page.select("#slug").val()).isEqualTo("ca-no-pe-3");
		assertThat(page.select(".notice--ok").text())
			.isEqualTo("The slug “ca-no-pe-3” was suggested from the record: check it, or type another.");
	}

	@Test
	void theErrorBannerNamesTheFailingFieldsAndLinksToThem() {
		MultiValueMap<String, String> fields = fields("Bad Slug", "PUBLISHED", "");
		fields.set("signedOn", "yesterday");
		fields.remove("sourceUrl");
		fields.set("acquiringParties", "PE");
		MvcTestResult refused = this.mvc.post().uri(APPROACHES + "/new").with(csrf()).params(fields).exchange();
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = html(refused);
		List<String> links = page.select(".error-summary li a").eachAttr("href");
		assertThat(links).contains("#title", "#slug", "#signedOn", "#sourceUrl", "#acquiringParties");
		links.forEach((link) -> assertThat(page.select(link)).as(link).isNotEmpty());
		assertThat(page.select(".error-summary li a").eachText()).contains("Title", "Signed on", "Source URL",
				"Acquiring Parties", "Slug (stable public identifier)");
		assertThat(page.select(".error-summary").text()).doesNotContain("acquiringParties", "signedOn");
	}

	@Test
	void feedsAnnounceAFirstPublicationAndNameFieldsInWords() throws Exception {
		String location = create(fields("feed-approach", "DRAFT", "Approach first kept as a draft"));
		MultiValueMap<String, String> published = fields("feed-approach", "PUBLISHED", "Approach first kept as a draft");
		assertThat(this.mvc.post().uri(location).with(csrf()).params(published).param("version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(feedEntry("en")).containsExactly("Cooperative approach published: Approach first kept as a draft",
				"Now shown on the portal.");
		assertThat(feedEntry("fr").getFirst()).isEqualTo("Publication – Démarche concertée : Approach first kept as a draft");

		MultiValueMap<String, String> edited = fields("feed-approach-renamed", "PUBLISHED", "Approach, now public");
		edited.set("sourceTitle", "Another source");
		assertThat(this.mvc.post().uri(location).with(csrf()).params(edited).param("version", "1"))
			.hasStatus(HttpStatus.FOUND);
		List<String> update = feedEntry("en");
		assertThat(update.getFirst()).isEqualTo("Cooperative approach updated: Approach, now public");
		assertThat(update.getLast()).startsWith("Fields changed: ").contains("Title", "Source title")
			.doesNotContain("slug", "Slug", "sourceTitle", "publicationStatus");

		MultiValueMap<String, String> withdrawn = fields("feed-approach-renamed", "DRAFT", "Approach, now public");
		withdrawn.set("sourceTitle", "Another source");
		assertThat(this.mvc.post().uri(location).with(csrf()).params(withdrawn).param("version", "2"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(feedEntry("en")).containsExactly("Cooperative approach withdrawn from the portal: Approach, now public",
				"No longer shown on the portal.");
	}

	/** The newest entry of the portal's feed: its title and summary. */
	private List<String> feedEntry(String language) throws Exception {
		String xml = this.mvc.get().uri("/feeds/changes.atom").header("Accept-Language", language).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		org.jsoup.nodes.Element entry = Jsoup.parse(xml, "", Parser.xmlParser()).selectFirst("entry");
		return List.of(entry.selectFirst("title").text(), entry.selectFirst("summary").text());
	}

	private BigDecimal volumeSaved(String typed, Locale locale) {
		String slug = "volume-" + Integer.toHexString(typed.hashCode()) + "-" + locale.getLanguage();
		MultiValueMap<String, String> fields = fields(slug, "DRAFT", "Volume " + typed);
		fields.set("itmoVolumeTco2e", typed);
		MvcTestResult result = this.mvc.post().uri(APPROACHES + "/new").with(csrf()).params(fields).locale(locale)
			.header("Accept-Language", locale.toLanguageTag()).exchange();
		assertThat(result).as(typed).hasStatus(HttpStatus.FOUND);
		return this.jdbc.sql("SELECT itmo_volume_tco2e FROM cooperative_approach WHERE slug = ?").param(slug)
			.query(BigDecimal.class).single();
	}

	private List<String> titles(String search) {
		return html(this.mvc.get().uri(APPROACHES).param("q", search).exchange()).select("table.data-table tbody td a")
			.eachText();
	}

	private String create(MultiValueMap<String, String> fields) {
		MvcTestResult result = this.mvc.post().uri(APPROACHES + "/new").with(csrf()).params(fields).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return result.getResponse().getRedirectedUrl();
	}

	private static MultiValueMap<String, String> fields(String slug, String status, String title) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("title", title);
		fields.add("slug", slug);
		fields.add("instrument", "IMPLEMENTING_AGREEMENT");
		fields.add("status", "AGREEMENT_SIGNED");
		fields.add("transferringParties", "PE");
		fields.add("acquiringParties", "JP");
		fields.add("sectors", "transport");
		fields.add("publicationStatus", status);
		fields.add("sourceUrl", "https://www.gob.pe/minam");
		fields.add("sourceTitle", "Ministry of the Environment");
		fields.add("sourceRetrievedOn", "2026-11-01");
		fields.add("lastReviewedOn", "2026-11-01");
		return fields;
	}

	private static Document html(MvcTestResult result) {
		return Pages.html(result);
	}

}
