package org.a6portal.account;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defect 8: an editor whose session ended (it expired, or they signed in again in another tab) and who then
 * saves is told that the session ended, not that the page is "for administrators"; once signed in again they find
 * what they typed in the form, and saving it works. The running portal with its sessions in PostgreSQL, over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, TestEditors.class })
class SessionExpiryIntegrationTests {

	private static final String NEW_PROJECT = "/admin/capacity-building/new";

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private JdbcClient jdbc;

	private final String title = "Readiness programme typed before the session ended " + UUID.randomUUID();

	@BeforeEach
	void forgetFailedSignIns() {
		this.jdbc.sql("DELETE FROM login_failure").update();
	}

	@AfterEach
	void deleteTheProject() {
		this.jdbc.sql("DELETE FROM capacity_building_project WHERE title = ?").param(this.title).update();
	}

	@Test
	void aSaveAfterTheSessionExpiredKeepsTheTextUntilTheEditorSignsInAgain() {
		String email = this.editors.create("editor");
		WebVisitor editor = new WebVisitor(this.port);
		editor.signIn(email, TestEditors.PASSWORD);
		String token = editor.csrfToken(NEW_PROJECT);
		this.jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(email).update();

		HttpResponse<String> save = editor.post(NEW_PROJECT, typed(token));
		assertThat(save.statusCode()).isEqualTo(302);
		assertThat(save.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/login?expired"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM capacity_building_project WHERE title = ?").param(this.title)
			.query(Integer.class).single()).as("nothing saved yet").isZero();
		Document signIn = Jsoup.parse(editor.get("/admin/login?expired").body());
		assertThat(signIn.select(".notice").text()).startsWith("Your session ended before that was saved")
			.doesNotContain("administrators");

		HttpResponse<String> signedIn = editor.post("/admin/login", "/admin/login",
				Map.of("email", email, "password", TestEditors.PASSWORD));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith(NEW_PROJECT + "?resume"));
		assertTextIsBackAndSaves(editor, NEW_PROJECT + "?resume");
	}

	@Test
	void aSaveFromAPageLoadedBeforeSigningInAgainElsewhereIsShownAgainNotRefused() {
		String email = this.editors.create("editor");
		WebVisitor editor = new WebVisitor(this.port);
		editor.signIn(email, TestEditors.PASSWORD);
		String staleToken = editor.csrfToken(NEW_PROJECT);
		// the session ended, and the editor signed in again in another tab of the same browser: a new CSRF token
		this.jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(email).update();
		editor.signIn(email, TestEditors.PASSWORD);
		assertThat(editor.get("/admin").statusCode()).isEqualTo(200);

		HttpResponse<String> save = editor.post(NEW_PROJECT, typed(staleToken));
		assertThat(save.statusCode()).as("not the 403 page").isEqualTo(302);
		assertThat(save.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith(NEW_PROJECT + "?resume"));
		assertTextIsBackAndSaves(editor, NEW_PROJECT + "?resume");
	}

	@Test
	void aFormPostedWithoutThePortalsOwnCookiesIsNotKept() {
		WebVisitor stranger = new WebVisitor(this.port);
		HttpResponse<String> post = stranger.post(NEW_PROJECT, typed("forged"));
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(stranger.hasCookie(SessionEnded.COOKIE)).isFalse();
		assertThat(this.jdbc.sql("SELECT count(*) FROM pending_form WHERE parameters::text LIKE ?")
			.param("%" + this.title + "%").query(Integer.class).single()).isZero();
	}

	private void assertTextIsBackAndSaves(WebVisitor editor, String resume) {
		HttpResponse<String> again = editor.get(resume);
		assertThat(again.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(again.body());
		assertThat(form.select("#title").val()).isEqualTo(this.title);
		assertThat(form.select("#summary").val()).isEqualTo("Two paragraphs the editor wrote.\n\nNothing is lost.");
		assertThat(form.select("#countries-PE").hasAttr("checked")).isTrue();
		assertThat(form.select(".notice--warning").text()).contains("Your session had ended before this was saved");
		assertThat(editor.hasCookie(SessionEnded.COOKIE)).as("the kept form is shown once").isFalse();
		assertThat(editor.get(resume).body()).doesNotContain(this.title);

		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("form.form input[name]")) {
			if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
				fields.merge(input.attr("name"), input.val(), (a, b) -> a);
			}
		}
		form.select("form.form textarea[name]").forEach((area) -> fields.put(area.attr("name"), area.val()));
		form.select("form.form select[name]").forEach((select) -> {
			Element chosen = select.selectFirst("option[selected]");
			fields.put(select.attr("name"), (chosen != null) ? chosen.val() : select.select("option").first().val());
		});
		HttpResponse<String> saved = editor.post(form.select("form.form").attr("action"), fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT summary FROM capacity_building_project WHERE title = ?").param(this.title)
			.query(String.class).single()).isEqualTo("Two paragraphs the editor wrote.\n\nNothing is lost.");
	}

	private Map<String, String> typed(String csrfToken) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrfToken);
		fields.put("version", "0");
		fields.put("title", this.title);
		fields.put("leadOrganisation", "UNDP");
		fields.put("summary", "Two paragraphs the editor wrote.\n\nNothing is lost.");
		fields.put("countries", "PE");
		fields.put("_countries", "on");
		fields.put("slug", "");
		fields.put("publicationStatus", "DRAFT");
		fields.put("sourceTitle", "Programme page");
		fields.put("sourceRetrievedOn", "2026-11-01");
		fields.put("lastReviewedOn", "2026-11-01");
		return fields;
	}

}
