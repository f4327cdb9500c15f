package org.a6portal.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload limits on a running Tomcat (MockMvc enforces none): a file of a few megabytes is previewed, a file over
 * the limit gets the import page's own message, never Tomcat's 413 page. Same configuration as the page-cache
 * tests, so both share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({ TestDatabase.class, TestEditors.class })
class UploadLimitIntegrationTests {

	private static final String HEADER = "id,host_party_iso2,acquiring_party_iso2,title,instrument,status,signed_on,sectors,"
			+ "itmo_volume_tco2e,notes,source_url,source_title\r\n";

	private static final int MEGABYTE = 1024 * 1024;

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private org.a6portal.admin.RecordEditing editing;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aFileOfAFewMegabytesIsPreviewed() throws Exception {
		signIn();
		HttpResponse<String> preview = upload(csvOf(3 * MEGABYTE));
		assertThat(preview.statusCode()).isIn(200, 422);
		Document page = Jsoup.parse(preview.body());
		assertThat(page.select("h1").text()).isEqualTo("Import a CSV file");
		assertThat(page.select("#preview-heading").text()).contains("list.csv");
	}

	/**
	 * Issue 13, defect 5: a file of about a megabyte (2.6 MB url-encoded, over Tomcat's 2 MB form limit) used to be
	 * posted back by the apply form and refused with a 413; the apply form now names the upload kept on the server.
	 */
	@Test
	void aPreviewedFileOfAMegabyteIsAppliedWithoutPostingItAgain() throws Exception {
		signIn();
		StringBuilder csv = new StringBuilder(HEADER);
		String notes = "Coût ≈ 5 € – l’accord «Pérou» ; ‘été’ ”".repeat(16);
		for (int i = 1; i <= 1000; i++) {
			csv.append("ca-pe-megabyte-").append(i).append(",PE,NO,Agreement ").append(i).append(",MoU,MoU signed,,,,\"")
				.append(notes).append("\",https://example.gov/").append(i).append(",Ministry list\r\n");
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(file.length).isBetween(900 * 1024, 1100 * 1024);
		assertThat(URLEncoder.encode(csv.toString(), StandardCharsets.UTF_8).length()).isGreaterThan(2 * MEGABYTE);
		HttpResponse<String> preview = upload(file);
		assertThat(preview.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(preview.body());
		String form = "upload=" + page.select("form[action=/admin/import/apply] input[name=upload]").val() + "&_csrf="
				+ page.select("form[action=/admin/import/apply] input[name=_csrf]").val();
		HttpResponse<String> applied = send(HttpRequest.newBuilder(uri("/admin/import/apply"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		try {
			assertThat(applied.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(applied.body()).select("#preview-heading").text()).startsWith("Imported.");
			assertThat(form.length()).isLessThan(200);
		}
		finally {
			this.jdbc.sql("SELECT id FROM change_log WHERE entity_type = 'import' AND entity_label = 'list.csv' AND action = 'import' "
					+ "AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.reverts_id = change_log.id)")
				.query(Long.class).list().forEach((id) -> this.editing.revert(id, "UploadLimitIntegrationTests"));
		}
	}

	@Test
	void aFileOverTheLimitGetsTheImportPagesOwnMessage() throws Exception {
		signIn();
		HttpResponse<String> refused = upload(csvOf(10 * MEGABYTE + 200 * 1024));
		assertThat(refused.statusCode()).isEqualTo(303);
		String location = refused.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/admin/import?tooLarge");
		HttpResponse<String> page = get(location);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select("[role=alert]").text())
			.isEqualTo("The file is larger than 10 MB. Split it and import the parts.");
	}

	/** A CSV file of about this many bytes: one row whose notes fill it. */
	private static byte[] csvOf(int bytes) {
		char[] notes = new char[bytes];
		Arrays.fill(notes, 'n');
		return (HEADER + "ca-pe-big,PE,NO,Big,MoU,MoU signed,2026-01-01,,," + new String(notes)
				+ ",https://example.gov/a,A\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The cookies this test's visitor holds (sent back over http://localhost whatever their Secure flag). */
	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private void signIn() throws IOException, InterruptedException {
		String email = this.editors.create("editor");
		// before sign-in there is no session: the sign-in form's CSRF token lives in a cookie
		String csrf = Jsoup.parse(get("/admin/login").body()).select("input[name=_csrf]").val();
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
					+ "&password=" + TestEditors.PASSWORD + "&_csrf=" + csrf)));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		assertThat(this.cookies).containsKey("SESSION");
	}

	private HttpResponse<String> upload(byte[] csv) throws IOException, InterruptedException {
		String csrf = Jsoup.parse(get("/admin/import").body()).select("input[name=_csrf]").first().val();
		String boundary = "----upload" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ncooperative-approaches\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/admin/import/preview"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", this.cookies.entrySet()
				.stream()
				.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.substring(0, header.indexOf(';'));
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (value.isEmpty()) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
