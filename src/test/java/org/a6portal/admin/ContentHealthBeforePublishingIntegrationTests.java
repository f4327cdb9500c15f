package org.a6portal.admin;

import java.nio.charset.StandardCharsets;

import org.a6portal.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/**
 * Content health is checked on "Save", before a record goes public: a save that would publish a record with warnings
 * is not applied; the editor sees the warnings by field label and chooses to keep it a draft or publish anyway.
 * Drafts save as before, warnings or not.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ContentHealthBeforePublishingIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void publishingARecordWithWarningsAsksFirstAndSavesNothing() throws Exception {
		MvcTestResult result = this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf())
			.params(fields("PUBLISHED")).exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(status()).as("nothing saved, nothing public").isNull();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".publish-check").text()).contains("Not saved yet", "Notes",
				"placeholder text “Lorem ipsum”");
		assertThat(page.select(".publish-check button").eachText()).containsExactly("Save as a draft (not public)",
				"Publish anyway");
		assertThat(page.select("#notes").text()).as("nothing typed is lost").isEqualTo("Lorem ipsum, to be written.");
	}

	@Test
	void keepingItADraftSavesItAsADraft() {
		MultiValueMap<String, String> fields = fields("PUBLISHED");
		fields.add("keepDraft", "true");
		assertThat(this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf()).params(fields))
			.hasStatus(HttpStatus.FOUND);
		assertThat(status()).isEqualTo("draft");
	}

	@Test
	void publishingAnywayPublishes() {
		MultiValueMap<String, String> fields = fields("PUBLISHED");
		fields.add("publishAnyway", "true");
		assertThat(this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf()).params(fields))
			.hasStatus(HttpStatus.FOUND);
		assertThat(status()).isEqualTo("published");
	}

	@Test
	void aDraftWithWarningsIsSavedWithoutAsking() {
		assertThat(this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf()).params(fields("DRAFT")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(status()).isEqualTo("draft");
	}

	@Test
	void aRecordWithoutWarningsIsPublishedAtOnce() {
		MultiValueMap<String, String> fields = fields("PUBLISHED");
		fields.set("notes", "Signed by both governments in 2024.");
		assertThat(this.mvc.post().uri("/admin/cooperative-approaches/new").with(csrf()).params(fields))
			.hasStatus(HttpStatus.FOUND);
		assertThat(status()).isEqualTo("published");
	}

	private String status() {
		return this.jdbc.sql("SELECT publication_status FROM cooperative_approach WHERE slug = 'health-check-approach'")
			.query(String.class).optional().orElse(null);
	}

	private static MultiValueMap<String, String> fields(String status) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("title", "Peru and Japan implementing agreement");
		fields.add("slug", "health-check-approach");
		fields.add("instrument", "IMPLEMENTING_AGREEMENT");
		fields.add("status", "AGREEMENT_SIGNED");
		fields.add("transferringParties", "PE");
		fields.add("acquiringParties", "JP");
		fields.add("notes", "Lorem ipsum, to be written.");
		fields.add("publicationStatus", status);
		fields.add("sourceUrl", "https://www.gob.pe/minam");
		fields.add("sourceTitle", "Ministry of the Environment");
		fields.add("sourceRetrievedOn", "2026-11-01");
		fields.add("lastReviewedOn", "2026-11-01");
		return fields;
	}

}
