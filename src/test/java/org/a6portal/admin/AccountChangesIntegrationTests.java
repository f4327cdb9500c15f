package org.a6portal.admin;

import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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
 * Changes to editor accounts (e-mail addresses, roles, who may sign in) are the administrators' business: editors
 * do not see them among the recent changes, and nobody is offered, or granted, a revert of one.
 */
@IntegrationTest
@Transactional
class AccountChangesIntegrationTests {

	private static final String LABEL = "someone-renamed@example.org";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	private long changeId;

	@BeforeEach
	void anAccountChange() {
		this.changeId = this.jdbc.sql("""
				INSERT INTO change_log (entity_type, entity_id, entity_label, action, changed_by, version_after,
				    public_change, changes, before_state, after_state)
				VALUES ('app_user', '999999', ?, 'update', 'admin@example.org', 1, false,
				    '[{"field":"role","before":"admin","after":"editor"}]',
				    '{"email":"someone-renamed@example.org","role":"admin","enabled":true}',
				    '{"email":"someone-renamed@example.org","role":"editor","enabled":true}')
				RETURNING id
				""").param(LABEL).query(Long.class).single();
	}

	@Test
	@WithMockUser(username = "editor@example.org", roles = "EDITOR")
	void editorsDoNotSeeAccountChanges() {
		Document page = Pages.ok(this.mvc, "/admin/changes");
		assertThat(page.getElementById("change-" + this.changeId)).isNull();
		assertThat(page.text()).doesNotContain(LABEL);
	}

	@Test
	@WithMockUser(username = "admin@example.org", roles = { "ADMIN", "EDITOR" })
	void administratorsSeeThemWithoutARevertButton() {
		Document page = Pages.ok(this.mvc, "/admin/changes");
		assertThat(page.getElementById("change-" + this.changeId)).isNotNull();
		assertThat(page.select("#change-" + this.changeId + " form")).isEmpty();
	}

	@Test
	@WithMockUser(username = "admin@example.org", roles = { "ADMIN", "EDITOR" })
	void aRevertOfAnAccountChangeIsRefusedWithAReason() {
		MvcTestResult result = this.mvc.post().uri("/admin/changes/" + this.changeId + "/revert").with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).text()).contains("is a change to an editor account");
		assertThat(this.jdbc.sql("SELECT count(*) FROM change_log WHERE reverts_id = ?").param(this.changeId)
			.query(Integer.class).single()).isZero();
	}

	@Test
	@WithMockUser(username = "editor@example.org", roles = "EDITOR")
	void editorsAreRefusedTooInTheirLanguage() {
		MvcTestResult result = this.mvc.post().uri("/admin/changes/" + this.changeId + "/revert").with(csrf())
			.header("Accept-Language", "es").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Pages.html(result).text()).contains("es un cambio de una cuenta de editor");
	}

}
