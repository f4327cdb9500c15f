package org.a6portal.account;

import java.net.http.HttpResponse;
import java.util.Map;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts over HTTP, with sessions in the real store: an editor changes their own password (knowing the current one),
 * which ends their other sessions but not this one; an administrator creates a one-time link for a forgotten password,
 * which works once, sets the new password and ends the account's sessions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, TestEditors.class })
class AccountPasswordIntegrationTests {

	private static final String NEW_PASSWORD = "seven unrelated words make it";

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void forgetFailedSignIns() {
		this.jdbc.sql("DELETE FROM login_failure").update();
	}

	@Test
	void anEditorChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
		String email = this.editors.create("editor");
		WebVisitor here = signedIn(email);
		WebVisitor elsewhere = signedIn(email);
		assertThat(sessionsOf(email)).isEqualTo(2);
		String page = "/admin/account/password";

		HttpResponse<String> wrong = here.post(page, page,
				Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(wrong.body()).select("#currentPassword-error").text())
			.isEqualTo("This is not your current password. Nothing was changed.");
		HttpResponse<String> differs = here.post(page, page, Map.of("currentPassword", TestEditors.PASSWORD,
				"newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD + "!"));
		assertThat(differs.statusCode()).isEqualTo(422);
		HttpResponse<String> tooShort = here.post(page, page,
				Map.of("currentPassword", TestEditors.PASSWORD, "newPassword", "short", "repeatPassword", "short"));
		assertThat(Jsoup.parse(tooShort.body()).select("#newPassword-error").text())
			.isEqualTo("A password needs at least 12 characters.");
		assertThat(sessionsOf(email)).as("nothing changed yet").isEqualTo(2);

		HttpResponse<String> changed = here.post(page, page,
				Map.of("currentPassword", TestEditors.PASSWORD, "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(here.get(page).body()).contains("Your password is changed.");
		assertThat(sessionsOf(email)).isOne();
		assertThat(elsewhere.get("/admin").statusCode()).as("the other session ended").isEqualTo(302);
		new WebVisitor(this.port).signIn(email, NEW_PASSWORD);
	}

	@Test
	void aOneTimeLinkFromAnAdministratorSetsANewPasswordOnceAndEndsTheAccountsSessions() {
		String email = this.editors.create("editor");
		WebVisitor forgetful = signedIn(email);
		WebVisitor admin = signedIn(this.editors.create("admin"));
		long id = this.jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
		String editPage = "/admin/users/" + id + "/edit";

		HttpResponse<String> created = admin.post("/admin/users/" + id + "/reset-link", editPage, Map.of());
		assertThat(created.statusCode()).isEqualTo(302);
		String link = Jsoup.parse(admin.get(editPage).body()).select(".reset-link__url").text();
		assertThat(link).matches("https?://[^/]+/admin/password-reset/[A-Za-z0-9_-]{43}");
		String path = link.replaceFirst("https?://[^/]+", "");
		assertThat(this.jdbc.sql("SELECT count(*) FROM password_reset WHERE token_hash = ?")
			.param(path.substring(path.lastIndexOf('/') + 1)).query(Integer.class).single())
			.as("only the token's hash is stored").isZero();

		WebVisitor owner = new WebVisitor(this.port);
		HttpResponse<String> differs = owner.post(path, path,
				Map.of("newPassword", NEW_PASSWORD, "repeatPassword", "something else entirely"));
		assertThat(differs.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(differs.body()).select("#repeatPassword-error").text())
			.isEqualTo("The two new passwords differ. Type the same one twice.");

		HttpResponse<String> set = owner.post(path, path, Map.of("newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/login?passwordReset"));
		assertThat(sessionsOf(email)).isZero();
		assertThat(forgetful.get("/admin").statusCode()).isEqualTo(302);
		new WebVisitor(this.port).signIn(email, NEW_PASSWORD);

		HttpResponse<String> again = new WebVisitor(this.port).get(path);
		assertThat(again.statusCode()).as("the link works once").isEqualTo(410);
		assertThat(Jsoup.parse(again.body()).select("h1").text()).isEqualTo("This link no longer works");
	}

	@Test
	void editorsCannotCreateResetLinks() {
		WebVisitor editor = signedIn(this.editors.create("editor"));
		long id = this.jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(this.editors.create("editor"))
			.query(Long.class).single();
		HttpResponse<String> refused = editor.post("/admin/users/" + id + "/reset-link", "/admin", Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT count(*) FROM password_reset WHERE user_id = ?").param(id)
			.query(Integer.class).single()).isZero();
	}

	private WebVisitor signedIn(String email) {
		WebVisitor visitor = new WebVisitor(this.port);
		visitor.signIn(email, TestEditors.PASSWORD);
		return visitor;
	}

	private int sessionsOf(String email) {
		return this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(email)
			.query(Integer.class).single();
	}

}
