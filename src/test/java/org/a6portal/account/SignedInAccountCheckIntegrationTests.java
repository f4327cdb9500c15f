package org.a6portal.account;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A signed-in session speaks for its account only while the account still holds what it signed in with: each admin
 * request checks, so a session that outlived a change to its account (disabled, demoted, new password) is refused on
 * its next request, whether or not its row in the session store was deleted.
 */
@IntegrationTest
class SignedInAccountCheckIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestEditors editors;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void forgetFailedSignIns() {
		this.jdbc.sql("DELETE FROM login_failure").update();
	}

	@Test
	void aDisabledEditorsSessionIsRefusedOnItsNextRequest() {
		String email = this.editors.create("editor");
		MockHttpSession session = signIn(email);
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatusOk();
		this.jdbc.sql("UPDATE app_user SET enabled = false WHERE email = ?").param(email).update();
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/login?ended");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aDemotedAdministratorCannotUseTheOpenSessionToPromoteThemselvesAgain() {
		String email = this.editors.create("admin");
		long id = idOf(email);
		MockHttpSession session = signIn(email);
		assertThat(this.mvc.get().uri("/admin/users").session(session)).hasStatusOk();
		this.jdbc.sql("UPDATE app_user SET role = 'editor', enabled = false WHERE email = ?").param(email).update();
		MvcTestResult promote = this.mvc.post().uri("/admin/users/" + id + "/edit").session(session).with(csrf())
			.param("version", "0").param("email", email).param("displayName", "Test admin").param("role", "ADMIN")
			.param("enabled", "true").exchange();
		assertThat(promote).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/login?ended");
		assertThat(this.jdbc.sql("SELECT role || '/' || enabled FROM app_user WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("editor/false");
	}

	@Test
	void aDemotedAdministratorWhoMayStillEditIsSignedOutRatherThanKeptAsAdministrator() {
		String email = this.editors.create("admin");
		MockHttpSession session = signIn(email);
		this.jdbc.sql("UPDATE app_user SET role = 'editor' WHERE email = ?").param(email).update();
		assertThat(this.mvc.get().uri("/admin/users").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/login?ended");
	}

	@Test
	void aSessionSignedInWithAPasswordSinceReplacedIsRefused() {
		String email = this.editors.create("editor");
		MockHttpSession session = signIn(email);
		this.jdbc.sql("UPDATE app_user SET password_hash = '{noop}another-long-password' WHERE email = ?").param(email).update();
		assertThat(this.mvc.get().uri("/admin/sectors").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/login?ended");
	}

	@Test
	void aPromotedEditorAndARenamedOneKeepTheirSessions() {
		String email = this.editors.create("editor");
		MockHttpSession session = signIn(email);
		this.jdbc.sql("UPDATE app_user SET role = 'admin', display_name = 'Renamed' WHERE email = ?").param(email).update();
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatusOk();
	}

	@Test
	void theEndedSessionPageSaysWhy() {
		MvcTestResult page = this.mvc.get().uri("/admin/login?ended").exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Your session has ended because your account changed");
	}

	@Test
	void anAdministratorWhoChangesTheirOwnPasswordStaysSignedIn() {
		String email = this.editors.create("admin");
		MockHttpSession session = signIn(email);
		MvcTestResult saved = this.mvc.post().uri("/admin/users/" + idOf(email) + "/edit").session(session).with(csrf())
			.param("version", "0").param("email", email).param("displayName", "Test admin").param("role", "ADMIN")
			.param("enabled", "true").param("password", "a-brand-new-passphrase").exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/users");
		assertThat(this.mvc.get().uri("/admin/users").session(session)).hasStatusOk();
	}

	private MockHttpSession signIn(String email) {
		MvcTestResult login = this.mvc.post().uri("/admin/login").param("email", email)
			.param("password", TestEditors.PASSWORD).with(csrf()).exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin");
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	private long idOf(String email) {
		return this.jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
	}

}
