package org.a6portal.account;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD} while no account exists. There
 * is no default password anywhere: without those variables the portal starts and says how to create one; with a
 * password the {@link PasswordPolicy} refuses, it does not start ({@link AdministratorPasswordFailureAnalyzer}).
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final EditorRepository editors;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final @Nullable String email;

	private final @Nullable String password;

	FirstAdministrator(EditorRepository editors, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			@Value("${ADMIN_EMAIL:#{null}}") @Nullable String email,
			@Value("${ADMIN_PASSWORD:#{null}}") @Nullable String password) {
		this.editors = editors;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.editors.count() > 0) {
			return;
		}
		if (this.email == null || this.email.isBlank() || this.password == null) {
			logger.warn("No editor account exists yet. Restart the portal with ADMIN_EMAIL and ADMIN_PASSWORD "
					+ "(at least {} characters) set to create the first administrator.", PasswordPolicy.MINIMUM_LENGTH);
			return;
		}
		PasswordPolicy.Problem problem = this.passwordPolicy.check(this.password, this.email).orElse(null);
		if (problem != null) {
			throw new AdministratorPasswordException(problem);
		}
		Editor admin = new Editor(this.email, "Administrator", this.passwordEncoder.encode(this.password), Role.ADMIN);
		this.editors.save(admin);
		logger.info("Created the first administrator, {}. Sign in at /admin/login.", admin.getEmail());
	}

}
