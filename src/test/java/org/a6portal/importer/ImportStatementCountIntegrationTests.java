package org.a6portal.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import org.a6portal.support.IntegrationTest;
import org.a6portal.support.Pages;
import org.a6portal.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Issue 13, defect 5 without a clock: an import's apply looked each record up and flushed it row by row (5,000 rows
 * took 224 s). Its records are now looked up in one query and written in JDBC batches, so the statements an apply
 * prepares do not grow with its rows: 40 changed records cost about what 10 do. (The time itself is measured by
 * {@code bench/import.sh}, never asserted.)
 */
@IntegrationTest
@Transactional
@Import(StatementCounting.class)
@WithMockUser(username = "editor@example.org", roles = "EDITOR")
class ImportStatementCountIntegrationTests {

	private static final String HEADER = "id,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,"
			+ "itmo_volume_tco2e,notes,source_url,source_title\r\n";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManager entityManager;

	@Test
	void theStatementsOfAnApplyDoNotGrowWithItsRows() {
		apply(rows(40, "Agreement"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM cooperative_approach WHERE slug LIKE 'ca-count-%'")
			.query(Integer.class).single()).isEqualTo(40);

		int ten = statementsOfApply(rows(10, "Ten renamed"));
		int forty = statementsOfApply(rows(40, "Forty renamed"));

		assertThat(this.jdbc.sql("SELECT count(*) FROM cooperative_approach WHERE title LIKE 'Forty renamed %'")
			.query(Integer.class).single()).isEqualTo(40);
		// 30 more rows: a statement per row would add 30 or more
		assertThat(forty - ten).as("statements of 40 rows (%d) less those of 10 (%d)", forty, ten).isLessThan(10);
	}

	/** The statements the apply prepares, as a fresh request meets them (nothing of the earlier ones in memory). */
	private int statementsOfApply(String csv) {
		MvcTestResult preview = upload(csv);
		this.entityManager.flush();
		this.entityManager.clear();
		StatementCounting.SQL.clear();
		apply(preview);
		return StatementCounting.pageStatements().size();
	}

	/** The first {@code n} of 40 approaches, numbered, titled {@code title n}. */
	private static String rows(int n, String title) {
		return HEADER + IntStream.rangeClosed(1, n)
			.mapToObj((i) -> "ca-count-" + i + ",PE,NO," + title + " " + i + ",MoU,MoU signed,,,,,https://example.gov/"
					+ i + ",Ministry list\r\n")
			.collect(Collectors.joining());
	}

	private void apply(String csv) {
		apply(upload(csv));
	}

	private void apply(MvcTestResult preview) {
		assertThat(preview).hasStatusOk();
		List<String> upload = Pages.html(preview).select("form[action=/admin/import/apply] input[name=upload]").eachAttr("value");
		assertThat(upload).as("the preview offers to apply").hasSize(1);
		assertThat(this.mvc.post().uri("/admin/import/apply").with(csrf()).param("upload", upload.getFirst()).exchange())
			.hasStatusOk();
	}

	private MvcTestResult upload(String csv) {
		MockMultipartFile file = new MockMultipartFile("file", "ministry.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/admin/import/preview").multipart().file(file).param("kind", "cooperative-approaches")
			.param("publication", "keep").with(csrf()).exchange();
	}

}
