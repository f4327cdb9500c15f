package org.a6portal.admin;

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
