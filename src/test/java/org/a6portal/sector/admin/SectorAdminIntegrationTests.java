package org.a6portal.sector.admin;

import org.a6portal.admin.RecordEditing;
import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The sector editor at {@code /admin/sectors}: a taken place in the order, deleting, and reverting a deletion.
 */
@IntegrationTest
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class SectorAdminIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RecordEditing editing;

	@Autowired
	private SectorRecords sectors;

	@Test
	void aNewSectorIsOfferedAFreePlaceInTheOrder() {
		Document form = Pages.ok(this.mvc, "/admin/sectors/new");
		int last = this.jdbc.sql("SELECT max(sort_order) FROM sector").query(Integer.class).single();
		assertThat(form.select("#sortOrder").val()).isEqualTo(String.valueOf(last + 10));
	}

	@Test
	@Transactional
	void aTakenPlaceInTheOrderIsAFieldErrorThatKeepsTheInput() {
		MvcTestResult result = create("blue_carbon", "Blue carbon", "100");
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document form = Pages.html(result);
		assertThat(form.select(".field--error").text()).contains("“Other” already has this place in the order");
		assertThat(form.select("#code").val()).isEqualTo("blue_carbon");
		assertThat(form.select("#nameEn").val()).isEqualTo("Blue carbon");
		assertThat(form.select("#nameFr").val()).isEqualTo("Blue carbon (fr)");
		assertThat(form.select("#sortOrder").val()).isEqualTo("100");
		assertThat(this.jdbc.sql("SELECT count(*) FROM sector WHERE code = 'blue_carbon'").query(Long.class).single()).isZero();
	}

	@Test
	@Transactional
	void aConstraintViolationWhenSavingIsADataIntegrityViolationNotASystemError() {
		SectorForm form = this.sectors.newForm();
		form.setCode("blue_carbon");
		form.setNameEn("Blue carbon");
		form.setNameEs("Carbono azul");
		form.setNameFr("Carbone bleu");
		form.setSortOrder(100);
		// the editor's form refuses a taken place first; the database's refusal must still map to a 409, not a 500
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.editing.create(this.sectors, form, "editor@example.org"));
	}

	@Test
	@Transactional
	void theDeleteLinkOpensTheConfirmationAndDeletingWorks() {
		assertThat(create("blue_carbon", "Blue carbon", "990")).hasStatus(HttpStatus.FOUND);
		Document edit = Pages.ok(this.mvc, "/admin/sectors/blue_carbon/edit");
		String deleteLink = edit.select("a[href$=/delete]").attr("href");
		assertThat(deleteLink).isEqualTo("/admin/sectors/blue_carbon/delete");
		Document confirm = Pages.ok(this.mvc, deleteLink);
		assertThat(confirm.select("form.form").attr("action")).isEqualTo("/admin/sectors/blue_carbon/delete");
		assertThat(this.mvc.post().uri(deleteLink).with(csrf()).param("version", confirm.select("input[name=version]").val()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/sectors/blue_carbon/edit")).hasStatus(HttpStatus.NOT_FOUND);

		Document blocked = Pages.ok(this.mvc, "/admin/sectors/energy_supply/delete");
		assertThat(blocked.select(".notice--error").text()).contains("still named");
		assertThat(blocked.select("a[href=/admin/sectors/energy_supply/edit]")).isNotEmpty();
	}

	@Test
	@Transactional
	void revertingOneDeletionTwiceSaysItWasRestoredAlready() {
		assertThat(create("blue_carbon", "Blue carbon", "990")).hasStatus(HttpStatus.FOUND);
		Document confirm = Pages.ok(this.mvc, "/admin/sectors/blue_carbon/delete");
		assertThat(this.mvc.post().uri("/admin/sectors/blue_carbon/delete").with(csrf())
			.param("version", confirm.select("input[name=version]").val())).hasStatus(HttpStatus.FOUND);
		long deletion = this.jdbc.sql("SELECT max(id) FROM change_log WHERE entity_type = 'sector' AND entity_id = 'blue_carbon' AND action = 'delete'")
			.query(Long.class).single();

		assertThat(this.mvc.post().uri("/admin/changes/" + deletion + "/revert").with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/sectors/blue_carbon/edit")).hasStatusOk();

		MvcTestResult twice = this.mvc.post().uri("/admin/changes/" + deletion + "/revert").with(csrf()).exchange();
		assertThat(twice).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.html(twice).select(".notice--error").text()).contains("This deletion was reverted already");
		assertThat(this.jdbc.sql("SELECT count(*) FROM sector WHERE code = 'blue_carbon'").query(Long.class).single()).isOne();
	}

	private MvcTestResult create(String code, String name, String sortOrder) {
		return this.mvc.post()
			.uri("/admin/sectors/new")
			.with(csrf())
			.param("version", "0")
			.param("code", code)
			.param("nameEn", name)
			.param("nameEs", name + " (es)")
			.param("nameFr", name + " (fr)")
			.param("sortOrder", sortOrder)
			.exchange();
	}

}
