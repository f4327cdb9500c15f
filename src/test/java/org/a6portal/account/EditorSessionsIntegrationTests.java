package org.a6portal.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors' sessions in the real store (Spring Session JDBC in PostgreSQL) of the running portal, visited over HTTP:
 * nobody gets a session before signing in, a change to an account ends its sessions at once, parallel requests of one
 * session all succeed, and expired sessions are deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, TestEditors.class })
class EditorSessionsIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private TestEditors editors;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	@Value("${spring.session.jdbc.cleanup-cron}")
	private String cleanupCron;

	@BeforeEach
	void forgetFailedSignIns() {
		this.jdbc.sql("DELETE FROM login_failure").update();
	}

	@Test
	void visitorsWhoHaveNotSignedInGetNoSession() {
		long start = System.currentTimeMillis();
		String email = this.editors.create("editor");
		WebVisitor visitor = new WebVisitor(this.port);
		assertThat(visitor.get("/admin/login").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(302);
		HttpResponse<String> asked = visitor.get("/admin/sectors");
		assertThat(asked.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/login"));
		HttpResponse<String> failed = visitor.post("/admin/login", "/admin/login", Map.of("email", email, "password", "wrong"));
		assertThat(failed.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/login?error=credentials"));
		assertThat(visitor.get("/admin/login?error=credentials").body()).contains("value=\"" + email + "\"");
		assertThat(visitor.hasCookie("SESSION")).isFalse();
		assertThat(sessionsCreatedSince(start)).isZero();

		HttpResponse<String> signedIn = visitor.post("/admin/login", "/admin/login",
				Map.of("email", email, "password", TestEditors.PASSWORD));
		assertThat(signedIn.headers().firstValue("Location")).as("back to the page asked for")
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/sectors"));
		assertThat(visitor.hasCookie("SESSION")).isTrue();
		assertThat(sessionsOf(email)).isOne();
	}

	@Test
	void disablingAnEditorEndsTheirOpenSessionsAtOnce() {
		String email = this.editors.create("editor");
		WebVisitor atWork = signedIn(email);
		WebVisitor atHome = signedIn(email);
		assertThat(sessionsOf(email)).isEqualTo(2);
		WebVisitor admin = signedIn(this.editors.create("admin"));

		HttpResponse<String> saved = saveAccount(admin, email, "EDITOR", false, null);
		assertThat(saved.statusCode()).isEqualTo(302);

		assertThat(sessionsOf(email)).isZero();
		for (WebVisitor session : List.of(atWork, atHome)) {
			HttpResponse<String> next = session.get("/admin/sectors");
			assertThat(next.statusCode()).isEqualTo(302);
			assertThat(next.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("/admin/login"));
		}
	}

	@Test
	void aDemotedAndDisabledAdministratorCannotMakeThemselvesAdministratorAgain() {
		String demoted = this.editors.create("admin");
		WebVisitor session = signedIn(demoted);
		String token = session.csrfToken("/admin/users/" + idOf(demoted) + "/edit");
		WebVisitor other = signedIn(this.editors.create("admin"));

		assertThat(saveAccount(other, demoted, "EDITOR", false, null).statusCode()).isEqualTo(302);
		assertThat(sessionsOf(demoted)).isZero();

		HttpResponse<String> again = session.post("/admin/users/" + idOf(demoted) + "/edit",
				Map.of("_csrf", token, "version", String.valueOf(versionOf(demoted)), "email", demoted,
						"displayName", "Test admin", "role", "ADMIN", "enabled", "true", "_enabled", "on"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("/admin/login"));
		assertThat(this.jdbc.sql("SELECT role || '/' || enabled FROM app_user WHERE email = ?").param(demoted)
			.query(String.class).single()).isEqualTo("editor/false");
	}

	@Test
	void aNewPasswordEndsTheAccountsOtherSessionsButNotTheOneThatSetIt() {
		String admin = this.editors.create("admin");
		WebVisitor here = signedIn(admin);
		WebVisitor elsewhere = signedIn(admin);
		String editor = this.editors.create("editor");
		WebVisitor editorsSession = signedIn(editor);

		assertThat(saveAccount(here, editor, "EDITOR", true, "a-fresh-passphrase-for-you").statusCode()).isEqualTo(302);
		assertThat(sessionsOf(editor)).isZero();
		assertThat(editorsSession.get("/admin").statusCode()).isEqualTo(302);

		assertThat(saveAccount(here, admin, "ADMIN", true, "my-own-fresh-passphrase").statusCode()).isEqualTo(302);
		assertThat(sessionsOf(admin)).isOne();
		assertThat(here.get("/admin/users").statusCode()).as("the session that set it goes on").isEqualTo(200);
		assertThat(elsewhere.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void pageLoadsRightAfterSignInAndParallelSavesInOneSessionNeverAnswer500() throws Exception {
		WebVisitor admin = signedIn(this.editors.create("admin"));
		List<Callable<Integer>> requests = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String page = List.of("/admin", "/admin/changes", "/admin/users", "/admin/sectors").get(i % 4);
			requests.add(() -> admin.get(page).statusCode());
		}
		assertThat(statuses(requests)).as("page loads right after sign-in").containsOnly(200);

		String token = admin.csrfToken("/admin/users/new");
		requests.clear();
		for (int i = 0; i < 30; i++) {
			String email = "parallel-" + UUID.randomUUID() + "@example.org";
			requests.add(() -> admin.post("/admin/users/new", Map.of("_csrf", token, "email", email,
					"displayName", "Parallel", "role", "EDITOR", "enabled", "true", "_enabled", "on",
					"password", TestEditors.PASSWORD)).statusCode());
			requests.add(() -> admin.get("/admin/users").statusCode());
		}
		assertThat(statuses(requests)).as("saves (each leaving a flash message) and page loads in parallel")
			.containsOnly(302, 200);
	}

	@Test
	void expiredSessionsAreDeletedOnSchedule() {
		long now = System.currentTimeMillis();
		String expired = insertSession(now - 9 * 3_600_000L, now - 3_600_000L);
		String live = insertSession(now, now + 8 * 3_600_000L);

		this.sessions.cleanUpExpiredSessions();

		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE primary_id = ?").param(expired).query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session_attributes WHERE session_primary_id = ?").param(expired)
			.query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE primary_id = ?").param(live).query(Integer.class).single()).isOne();
		this.jdbc.sql("DELETE FROM spring_session WHERE primary_id = ?").param(live).update();

		assertThat(ReflectionTestUtils.getField(this.sessions, "cleanupCron")).isEqualTo(this.cleanupCron);
		ThreadPoolTaskScheduler scheduler = (ThreadPoolTaskScheduler) ReflectionTestUtils.getField(this.sessions, "taskScheduler");
		assertThat(scheduler).as("the repository's own scheduler runs the cleanup").isNotNull();
		ScheduledThreadPoolExecutor executor = scheduler.getScheduledThreadPoolExecutor();
		assertThat(executor.getQueue()).as("the cleanup waits for its next run").isNotEmpty();
	}

	private List<Integer> statuses(List<Callable<Integer>> requests) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(requests)) {
				statuses.add(status.get());
			}
			return statuses;
		}
	}

	private HttpResponse<String> saveAccount(WebVisitor admin, String email, String role, boolean enabled,
			String password) {
		String form = "/admin/users/" + idOf(email) + "/edit";
		Map<String, String> fields = new java.util.HashMap<>(Map.of("version", String.valueOf(versionOf(email)), "email",
				email, "displayName", "Test account", "role", role, "_enabled", "on"));
		if (enabled) {
			fields.put("enabled", "true");
		}
		if (password != null) {
			fields.put("password", password);
		}
		HttpResponse<String> saved = admin.post(form, form, fields);
		assertThat(saved.headers().firstValue("Location")).as(saved.body()).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/users"));
		return saved;
	}

	private String insertSession(long lastAccess, long expiry) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, "
				+ "max_inactive_interval, expiry_time, principal_name) VALUES (?, ?, ?, ?, 28800, ?, NULL)")
			.params(id, UUID.randomUUID().toString(), lastAccess, lastAccess, expiry)
			.update();
		this.jdbc.sql("INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) "
				+ "VALUES (?, 'something', ?)").params(id, new byte[] { 1, 2, 3 }).update();
		return id;
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

	private int sessionsCreatedSince(long millis) {
		return this.jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= ?").param(millis)
			.query(Integer.class).single();
	}

	private long idOf(String email) {
		return this.jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
	}

	private long versionOf(String email) {
		return this.jdbc.sql("SELECT version FROM app_user WHERE email = ?").param(email).query(Long.class).single();
	}

}
