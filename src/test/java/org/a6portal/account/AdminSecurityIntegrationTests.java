package org.a6portal.account;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who reaches which part of the admin section, and how signing in is protected.
 */
@IntegrationTest
class AdminSecurityIntegrationTests {

	private static final List<String> EDITOR_AREAS = List.of("/admin", "/admin/countries", "/admin/cooperative-approaches",
			"/admin/sectors", "/admin/import", "/admin/content-health", "/admin/changes");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestEditors editors;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** Every test signs in from the same address: start each with its failures forgotten. */
	@org.junit.jupiter.api.BeforeEach
	void forgetFailedSignIns() {
		this.jdbc.sql("DELETE FROM login_failure").update();
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPageFromEveryArea() throws Exception {
		for (String area : List.of("/admin", "/admin/countries", "/admin/users", "/admin/import")) {
			assertThat(this.mvc.get().uri(area)).as(area).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/admin/login");
		}
	}

	@Test
	@WithMockUser(username = "editor@example.org", roles = "EDITOR")
	void editorsReachContentButNotUserManagement() throws Exception {
		for (String area : EDITOR_AREAS) {
			assertThat(this.mvc.get().uri(area)).as(area).hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(username = "admin@example.org", roles = { "ADMIN", "EDITOR" })
	void administratorsReachUserManagement() throws Exception {
		assertThat(this.mvc.get().uri("/admin/users")).hasStatusOk();
	}

	@Test
	@WithMockUser(username = "editor@example.org", roles = "EDITOR")
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		assertThat(this.mvc.post().uri("/admin/cooperative-approaches/new").param("title", "x")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void signingInLeadsBackToTheRequestedPage() throws Exception {
		String email = this.editors.create("editor");
		MvcTestResult asked = this.mvc.get().uri("/admin/sectors").exchange();
		assertThat(asked).hasStatus(HttpStatus.FOUND);
		Cookie savedRequest = asked.getResponse().getCookie("REDIRECT_URI");
		assertThat(savedRequest).as("the page asked for, kept in a cookie").isNotNull();
		MvcTestResult login = this.mvc.post().uri("/admin/login").cookie(savedRequest).param("email", email)
			.param("password", TestEditors.PASSWORD).with(csrf()).exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).redirectedUrl().contains("/admin/sectors");
	}

	@Test
	void wrongPasswordShowsAClearMessageAndKeepsTheAddressInACookie() throws Exception {
		String email = this.editors.create("editor");
		MvcTestResult login = this.mvc.post().uri("/admin/login").param("email", email)
			.param("password", "wrong").with(csrf()).exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/login?error=credentials");
		Cookie lastEmail = login.getResponse().getCookie(SecurityConfiguration.LAST_EMAIL_COOKIE);
		assertThat(lastEmail).isNotNull();
		MvcTestResult page = this.mvc.get().uri("/admin/login?error=credentials").cookie(lastEmail).exchange();
		assertThat(page.getResponse().getContentAsString()).contains("The e-mail address or the password is wrong")
			.contains("value=\"" + email + "\"");
	}

	@Test
	void aPasswordOverBcryptsLimitAtSignInIsAWrongPasswordNotAnError() {
		String email = this.editors.create("editor");
		assertThat(signIn(email, "x".repeat(100))).hasStatus(HttpStatus.FOUND).redirectedUrl()
			.isEqualTo("/admin/login?error=credentials");
		assertThat(signIn("nobody@example.org", "é".repeat(100))).hasStatus(HttpStatus.FOUND).redirectedUrl()
			.isEqualTo("/admin/login?error=credentials");
	}

	@Test
	void repeatedFailuresLockTheAccountEvenWithTheRightPassword() throws Exception {
		String email = this.editors.create("editor");
		for (int i = 0; i < 8; i++) {
			assertThat(signIn(email, "wrong-" + i)).redirectedUrl().isEqualTo("/admin/login?error=credentials");
		}
		MvcTestResult locked = signIn(email, TestEditors.PASSWORD);
		assertThat(locked).redirectedUrl().startsWith("/admin/login?error=locked");
		assertThat(this.mvc.get().uri(locked.getResponse().getRedirectedUrl()).exchange().getResponse().getContentAsString())
			.contains("Too many failed sign-ins");
	}

	private MvcTestResult signIn(String email, String password) {
		return this.mvc.post().uri("/admin/login").param("email", email).param("password", password).with(csrf()).exchange();
	}

}
