package org.a6portal.admin;

import org.a6portal.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The conflict screen: when Alice saves over Bob's newer change, she sees Bob's changes by field label and in words
 * (country names, not codes), no phantom change of a number compared with itself, and a form that keeps what she
 * typed in the fields she changed and holds Bob's values in the others, so that saving it again keeps Bob's work.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "alice@example.org", roles = "EDITOR")
class EditConflictIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theConflictScreenShowsLabelsAndWordsAndPreMergesTheFieldsTheEditorDidNotTouch() throws Exception {
		String location = create();
		// Bob changes the acquiring Party and the notes
		MultiValueMap<String, String> bobs = fields("The approach", "JP");
		bobs.set("acquiringParties", "CH");
		bobs.set("notes", "Bob's note on the ceiling");
		bobs.set("version", "0");
		assertThat(this.mvc.post().uri(location).with(csrf()).with(user("bob@example.org").roles("EDITOR")).params(bobs))
			.hasStatus(HttpStatus.FOUND);

		// Alice, who loaded version 0, changes only the title
		MultiValueMap<String, String> alices = fields("The approach, as Alice retitled it", "JP");
		alices.set("version", "0");
		MvcTestResult refused = this.mvc.post().uri(location).with(csrf()).params(alices).exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		Element conflict = page.selectFirst(".conflict");
		assertThat(conflict).isNotNull();
		assertThat(conflict.select("tbody tr").eachAttr("data-field")).as("what Bob changed, and nothing else")
			.containsExactlyInAnyOrder("acquiringParties", "notes");
		Element parties = conflict.selectFirst("tr[data-field=acquiringParties]");
		assertThat(parties.select("th").text()).isEqualTo("Acquiring Parties");
		assertThat(parties.select("td").eachText()).startsWith("Japan (JP)", "Switzerland (CH)");
		assertThat(conflict.selectFirst("tr[data-field=notes] th").text()).isEqualTo("Notes");
		assertThat(conflict.text()).doesNotContain("acquiringParties", "itmoVolumeTco2e", "1500000 ");

		// the form holds Alice's title and Bob's Party and note, at the current version
		assertThat(page.select("#title").val()).isEqualTo("The approach, as Alice retitled it");
		assertThat(page.select("#notes").text()).isEqualTo("Bob's note on the ceiling");
		assertThat(page.select("input[name=acquiringParties][checked]").eachAttr("value")).containsExactly("CH");
		assertThat(page.select("#version").val()).isEqualTo("1");

		// saving that form again keeps both editors' changes
		assertThat(this.mvc.post().uri(location).with(csrf()).params(formFields(page.selectFirst("form.form"))))
			.hasStatus(HttpStatus.FOUND);
		String id = location.replaceAll(".*/(\\d+)/edit", "$1");
		assertThat(this.jdbc.sql("SELECT title || ' | ' || notes FROM cooperative_approach WHERE id = ?")
			.param(Long.valueOf(id)).query(String.class).single())
			.isEqualTo("The approach, as Alice retitled it | Bob's note on the ceiling");
		assertThat(this.jdbc.sql("""
				SELECT country_iso2 FROM cooperative_approach_party WHERE approach_id = ? AND role = 'acquiring'
				""").param(Long.valueOf(id)).query(String.class).list()).containsExactly("CH");
	}

	@Test
	void whereBothChangedAFieldTheEditorsValueIsKeptAndMarked() throws Exception {
		String location = create();
		MultiValueMap<String, String> bobs = fields("Bob's title", "JP");
		bobs.set("version", "0");
		assertThat(this.mvc.post().uri(location).with(csrf()).with(user("bob@example.org").roles("EDITOR")).params(bobs))
			.hasStatus(HttpStatus.FOUND);
		MultiValueMap<String, String> alices = fields("Alice's title", "JP");
		alices.set("version", "0");
		MvcTestResult refused = this.mvc.post().uri(location).with(csrf()).params(alices).exchange();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		Element title = page.selectFirst(".conflict tr[data-field=title]");
		assertThat(title.hasClass("conflict__both")).isTrue();
		assertThat(title.select("td").eachText()).containsExactly("The approach", "Bob's title",
				"What you typed: you both changed this field, compare and choose");
		assertThat(page.select("#title").val()).isEqualTo("Alice's title");
	}

	private String create() {
		MvcTestResult result = this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf())
			.params(fields("The approach", "JP")).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return result.getResponse().getRedirectedUrl();
	}

	private static MultiValueMap<String, String> fields(String title, String acquiring) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("title", title);
		fields.add("slug", "conflict-merge-approach");
		fields.add("instrument", "IMPLEMENTING_AGREEMENT");
		fields.add("status", "AGREEMENT_SIGNED");
		fields.add("transferringParties", "PE");
		fields.add("acquiringParties", acquiring);
		fields.add("itmoVolumeTco2e", "1500000");
		fields.add("publicationStatus", "DRAFT");
		fields.add("sourceUrl", "https://www.gob.pe/minam");
		fields.add("sourceTitle", "Ministry of the Environment");
		fields.add("sourceRetrievedOn", "2026-11-01");
		fields.add("lastReviewedOn", "2026-11-01");
		return fields;
	}

	/** What a browser would send for the form as shown. */
	private static MultiValueMap<String, String> formFields(Element form) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			switch (input.tagName()) {
				case "textarea" -> fields.add(name, input.wholeText());
				case "select" -> input.select("option[selected]").forEach((option) -> fields.add(name, option.val()));
				default -> {
					String type = input.attr("type");
					if ((!type.equals("checkbox") && !type.equals("radio")) || input.hasAttr("checked")) {
						fields.add(name, input.val());
					}
				}
			}
		}
		fields.remove("_csrf");
		return fields;
	}

}
