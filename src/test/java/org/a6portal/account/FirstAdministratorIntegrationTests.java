package org.a6portal.account;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The first administrator comes from {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD} on a portal without accounts; a
 * password the policy refuses stops start-up with one sentence, never a stack trace or a portal without anyone who
 * can sign in. Runs against the real database with its accounts removed inside a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class FirstAdministratorIntegrationTests {

	@Autowired
	private EditorRepository editors;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private PasswordPolicy passwordPolicy;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void noAccountYet() {
		this.jdbc.sql("DELETE FROM app_user").update();
	}

	@Test
	void aGoodPasswordCreatesTheAdministrator() {
		start("first@example.org", "a-long-and-unlisted-passphrase");
		assertThat(this.jdbc.sql("SELECT role FROM app_user WHERE email = 'first@example.org'").query(String.class).single())
			.isEqualTo("admin");
	}

	@Test
	void aShortPasswordStopsStartUpWithOneSentence() {
		AdministratorPasswordException failure = refused("short-pass1");
		assertThat(analysis(failure).getDescription()).isEqualTo("The portal did not start: ADMIN_PASSWORD is shorter "
				+ "than 12 characters, so the first administrator cannot be created.");
		assertThat(this.editors.count()).isZero();
	}

	@Test
	void aPasswordOverBcryptsLimitStopsStartUpWithOneSentenceNotAStackTrace() {
		AdministratorPasswordException failure = refused("x".repeat(36) + "y".repeat(37));
		assertThat(analysis(failure).getDescription()).isEqualTo("The portal did not start: ADMIN_PASSWORD is longer "
				+ "than 72 bytes (bcrypt's limit; about 64 characters with accents), so the first administrator cannot be created.");
		assertThat(analysis(failure).getAction()).contains("ADMIN_PASSWORD");
	}

	@Test
	void commonPasswordsAndTheAddressItselfAreRefusedToo() {
		assertThat(refused("qwerty123456").getProblem()).isEqualTo(PasswordPolicy.Problem.COMMON);
		assertThat(refused("first@example.org").getProblem()).isEqualTo(PasswordPolicy.Problem.SAME_AS_EMAIL);
	}

	@Test
	void theAnalyzerIsRegisteredForStartUp() throws Exception {
		assertThat(PropertiesLoaderUtils.loadProperties(new ClassPathResource("META-INF/spring.factories"))
			.getProperty(FailureAnalyzer.class.getName())).contains(AdministratorPasswordFailureAnalyzer.class.getName());
	}

	private AdministratorPasswordException refused(String password) {
		return assertThatExceptionOfType(AdministratorPasswordException.class)
			.isThrownBy(() -> start("first@example.org", password))
			.actual();
	}

	private void start(String email, String password) {
		new FirstAdministrator(this.editors, this.passwordEncoder, this.passwordPolicy, email, password)
			.run(new DefaultApplicationArguments());
	}

	private static FailureAnalysis analysis(AdministratorPasswordException failure) {
		FailureAnalysis analysis = new AdministratorPasswordFailureAnalyzer()
			.analyze(new IllegalStateException("Failed to execute ApplicationRunner", failure));
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
