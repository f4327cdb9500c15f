package org.a6portal.account;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.junit.jupiter.api.Test;

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
 * An administrator creates an editor account, who can then sign in; passwords are checked and never echoed back.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "admin@example.org", roles = { "ADMIN", "EDITOR" })
class UserAdminIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAdministratorCreatesAnEditorWhoCanSignIn() {
		assertThat(this.mvc.post().uri("/admin/users/new").with(csrf()).param("email", "New.Editor@Example.org")
			.param("displayName", "New Editor").param("role", "EDITOR").param("enabled", "true")
			.param("password", "a-long-enough-password")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/users");
		String hash = this.jdbc.sql("SELECT password_hash FROM app_user WHERE email = 'new.editor@example.org'")
			.query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-enough-password");
		MvcTestResult login = this.mvc.post().uri("/admin/login").with(csrf()).param("email", "new.editor@example.org")
			.param("password", "a-long-enough-password").exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin");
	}

	@Test
	void aShortPasswordIsRefusedAndTheFormKeepsEverythingButThePassword() {
		MvcTestResult result = this.mvc.post().uri("/admin/users/new").with(csrf()).param("email", "short@example.org")
			.param("displayName", "Short Password").param("role", "EDITOR").param("password", "short").exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.html(result).select("#displayName").val()).isEqualTo("Short Password");
		assertThat(Pages.html(result).select("#password").val()).isEmpty();
		assertThat(Pages.html(result).text()).contains("A password needs at least 12 characters.");
	}

	@Test
	void weakPasswordsAreRefusedWithTheReason() {
		assertRefused("            ", "A password cannot be one character repeated.");
		assertRefused("aaaaaaaaaaaa", "A password cannot be one character repeated.");
		assertRefused("weak@example.org", "A password cannot be the account’s e-mail address.");
		assertRefused("Qwerty123456", "This password is on a list of commonly used and breached passwords.");
	}

	@Test
	void aPasswordOverBcryptsLimitIsRefusedNotAnError() {
		assertRefused("x".repeat(73), "A password can be at most 72 bytes long");
		assertRefused("é".repeat(40), "A password can be at most 72 bytes long");
		assertRefused("x".repeat(5000), "A password can be at most 72 bytes long");
	}

	@Test
	void theReasonComesInTheAdministratorsLanguage() {
		MvcTestResult es = this.mvc.post().uri("/admin/users/new").with(csrf()).header("Accept-Language", "es")
			.param("email", "weak@example.org").param("displayName", "Weak").param("role", "EDITOR")
			.param("password", "aaaaaaaaaaaa").exchange();
		assertThat(Pages.html(es).text()).contains("La contraseña no puede ser un mismo carácter repetido.");
		MvcTestResult fr = this.mvc.post().uri("/admin/users/new").with(csrf()).header("Accept-Language", "fr")
			.param("email", "weak@example.org").param("displayName", "Weak").param("role", "EDITOR")
			.param("password", "x".repeat(80)).exchange();
		assertThat(Pages.html(fr).text()).contains("Un mot de passe peut compter au plus 72 octets");
	}

	@Test
	void aNewPasswordForAnAccountFollowsThePolicyToo() {
		long id = this.jdbc.sql("INSERT INTO app_user (email, display_name, password_hash, role) "
				+ "VALUES ('kept@example.org', 'Kept', '{noop}x', 'editor') RETURNING id").query(Long.class).single();
		MvcTestResult result = this.mvc.post().uri("/admin/users/" + id + "/edit").with(csrf()).param("version", "0")
			.param("email", "kept@example.org").param("displayName", "Kept").param("role", "EDITOR")
			.param("enabled", "true").param("password", "KEPT@example.org").exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.html(result).text()).contains("A password cannot be the account’s e-mail address.");
		assertThat(this.jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("{noop}x");
	}

	private void assertRefused(String password, String reason) {
		MvcTestResult result = this.mvc.post().uri("/admin/users/new").with(csrf()).param("email", "weak@example.org")
			.param("displayName", "Weak Password").param("role", "EDITOR").param("password", password).exchange();
		assertThat(result).as(password).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.html(result).select("#displayName").val()).isEqualTo("Weak Password");
		assertThat(Pages.html(result).select("#password").val()).isEmpty();
		assertThat(Pages.html(result).text()).as(password).contains(reason);
		assertThat(Pages.html(result).select("#password").attr("aria-describedby")).isEqualTo("password-hint password-error");
		assertThat(this.jdbc.sql("SELECT count(*) FROM app_user WHERE email = 'weak@example.org'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void administratorsCannotDemoteThemselves() {
		long id = this.jdbc.sql("INSERT INTO app_user (email, display_name, password_hash, role) "
				+ "VALUES ('admin@example.org', 'Admin', '{noop}x', 'admin') RETURNING id").query(Long.class).single();
		MvcTestResult result = this.mvc.post().uri("/admin/users/" + id + "/edit").with(csrf()).param("version", "0")
			.param("email", "admin@example.org").param("displayName", "Admin").param("role", "EDITOR")
			.param("enabled", "true").exchange();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.html(result).text()).contains("You cannot take away your own administrator role");
	}

}
