package org.a6portal.profile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What partner sites rely on: canonical links, share previews, embeds that only they may frame, HTTP validators,
 * structured data and old slugs that keep redirecting.
 */
@IntegrationTest
class LinkingIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Test
	void publicPagesCarryACanonicalLinkAndSharePreviews() {
		Document peru = page("/countries/pe?lang=es");
		assertThat(peru.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/countries/pe");
		assertThat(peru.select("meta[property=og:title]").attr("content")).startsWith("Perú");
		assertThat(peru.select("meta[property=og:image]").attr("content")).isEqualTo("http://localhost:8080/countries/pe/preview.png");
		assertThat(peru.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		for (String path : new String[] { "/", "/countries", "/capacity-building/cb-iaa6" }) {
			assertThat(page(path).select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + path);
		}
	}

	@Test
	void countryPreviewImageIsA1200By630Png() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/countries/pe/preview.png").exchange();
		assertThat(result).hasStatusOk().hasContentType("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
	}

	@Test
	void onlyEmbedsMayBeFramedByOtherSites() {
		MvcTestResult embed = this.mvc.get().uri("/embed/countries/pe").exchange();
		assertThat(embed).hasStatusOk();
		assertThat(embed.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *");
		assertThat(embed.getResponse().getHeader("X-Frame-Options")).isNull();
		MvcTestResult page = this.mvc.get().uri("/countries/pe").exchange();
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void embedsShowTheSummaryOrOneSectionWithALinkBack() {
		Document summary = page("/embed/countries/pe");
		assertThat(summary.select("h1").text()).isEqualTo("Peru");
		assertThat(summary.select("base").attr("target")).isEqualTo("_top");
		assertThat(summary.select(".embed-footer a").attr("href")).isEqualTo("http://localhost:8080/countries/pe");
		Document section = page("/embed/countries/pe/capacity-building");
		assertThat(section.select("section#capacity-building .card")).isNotEmpty();
		assertThat(section.select(".embed-footer a").attr("href")).isEqualTo("http://localhost:8080/countries/pe#capacity-building");
		assertThat(summary.select("script[src=/js/embed-child.js]")).hasSize(1);
		assertThat(this.mvc.get().uri("/embed/countries/per/sectors")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/embed/countries/pe/sectors");
		assertThat(this.mvc.get().uri("/embed/countries/pe/no-such-section")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void linksInsideASectionEmbedLeadToTheFullPageNotToTheBareEmbed() {
		for (String section : new String[] { "article-6-2", "article-6-4", "sectors", "national-targets",
				"sustainable-development", "capacity-building" }) {
			Document embed = page("/embed/countries/pe/" + section);
			assertThat(embed.select("h1").eachText()).as("the page's one h1, above the section's h2").containsExactly("Peru");
			assertThat(embed.select("a[href^=#]").eachAttr("href")).as("fragment-only links in %s", section).isEmpty();
			assertThat(embed.select("a.copy-link").attr("href")).as(section)
				.isEqualTo("http://localhost:8080/countries/pe#" + section);
			assertThat(embed.select("a.copy-link").hasAttr("title")).as("'click to copy' where nothing copies").isFalse();
		}
	}

	@Test
	void theShareSnippetFramesTheSummaryAndIncludesTheResizeScript() {
		String snippet = page("/countries/pe").select("#share-embed").text();
		assertThat(snippet).contains("<iframe src=\"http://localhost:8080/embed/countries/pe\"", "height=\"780\"")
			.contains("<script src=\"http://localhost:8080/js/embed-resize.js\" async></script>");
		assertThat(this.mvc.get().uri("/js/embed-resize.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/js/embed-child.js")).hasStatusOk();
	}

	@Test
	void conditionalRequestsGetANotModified() {
		MvcTestResult first = this.mvc.get().uri("/countries/pe").exchange();
		String etag = first.getResponse().getHeader("ETag");
		String lastModified = first.getResponse().getHeader("Last-Modified");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getResponse().getHeader("Cache-Control")).contains("public", "max-age=60", "stale-while-revalidate");
		assertThat(this.mvc.get().uri("/countries/pe").header("If-None-Match", etag)).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/countries/pe").header("If-Modified-Since", lastModified))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		for (String overview : new String[] { "/", "/countries", "/countries?q=per" }) {
			String overviewTag = this.mvc.get().uri(overview).exchange().getResponse().getHeader("ETag");
			assertThat(overviewTag).as(overview).startsWith("W/\"");
			assertThat(this.mvc.get().uri(overview).header("If-None-Match", overviewTag)).hasStatus(HttpStatus.NOT_MODIFIED);
		}
		assertThat(this.mvc.get().uri("/embed/countries/pe").header("If-None-Match",
				this.mvc.get().uri("/embed/countries/pe").exchange().getResponse().getHeader("ETag")))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	@Transactional
	void anEditChangesTheValidatorSoReloadsSeeIt() {
		String before = this.mvc.get().uri("/countries/pe").exchange().getResponse().getHeader("ETag");
		this.jdbc.sql("INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, public_change) "
				+ "VALUES ('country', 'PE', 'Peru', 'update', 'test', true)").update();
		assertThat(this.mvc.get().uri("/countries/pe").header("If-None-Match", before)).hasStatusOk();
	}

	@Test
	@WithMockUser(username = "editor@example.org", roles = "EDITOR")
	void signedInEditorsGetPrivateUncachedPages() {
		assertThat(this.mvc.get().uri("/countries/pe").exchange().getResponse().getHeader("Cache-Control"))
			.contains("no-store", "private");
	}

	@Test
	void countryPagesDescribeThemselvesAsStructuredData() {
		Document peru = page("/countries/pe");
		JsonNode data = this.json.readTree(peru.select("script[type=application/ld+json]").html());
		assertThat(data.get("@type").asString()).isEqualTo("WebPage");
		assertThat(data.get("about").get("identifier").asString()).isEqualTo("PE");
		assertThat(data.get("url").asString()).isEqualTo("http://localhost:8080/countries/pe");
	}

	@Test
	@Transactional
	@WithMockUser(username = "editor@example.org", roles = "EDITOR")
	void anOldSlugKeepsRedirectingAfterARename() {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("version", this.jdbc.sql("SELECT version FROM country WHERE iso2 = 'PE'").query(String.class).single());
		form.add("nameEn", "Peru");
		form.add("nameEs", "Perú");
		form.add("nameFr", "Pérou");
		form.add("slug", "republic-of-peru");
		form.add("region", "LATIN_AMERICA_CARIBBEAN");
		form.add("subregion", "South America");
		form.add("unfcccParty", "true");
		assertThat(this.mvc.post().uri("/admin/countries/PE/edit").with(csrf()).params(form)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/countries/peru")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/countries/pe");
		assertThat(this.mvc.get().uri("/countries/republic-of-peru")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/countries/pe");
	}

	private Document page(String uri) {
		return Pages.ok(this.mvc, uri);
	}

}
