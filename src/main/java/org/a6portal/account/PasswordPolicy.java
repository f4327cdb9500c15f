package org.a6portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B (5.1.1.2): long enough (12 characters), short enough for bcrypt (72
 * bytes in UTF-8, room for 64 characters of any script in most cases), not one character repeated, not the
 * account's e-mail address, and not one of the commonly used and breached passwords. No composition rules.
 * <p>
 * The list is the 100,000 most common passwords of breach corpora shipped inside nbvcxz (MIT licence,
 * {@code dictionaries/passwords.txt}); only the entries long enough to pass the length rule are kept in memory.
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	/** bcrypt reads at most 72 bytes; Spring Security refuses longer passwords rather than cut them. */
	static final int MAXIMUM_BYTES = 72;

	static final String COMMON_PASSWORDS = "dictionaries/passwords.txt";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load(new ClassPathResource(COMMON_PASSWORDS, PasswordPolicy.class.getClassLoader()));
	}

	/** The first rule the password breaks, if any. */
	Optional<Problem> check(String password, @Nullable String email) {
		if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (password.codePoints().distinct().count() == 1) {
			return Optional.of(Problem.ONE_CHARACTER);
		}
		if (email != null && !email.isBlank() && Editor.normalise(password).equals(Editor.normalise(email))) {
			return Optional.of(Problem.SAME_AS_EMAIL);
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of(Problem.COMMON);
		}
		return Optional.empty();
	}

	/** How many listed passwords are long enough to matter. */
	int commonPasswords() {
		return this.common.size();
	}

	private static Set<String> load(ClassPathResource list) {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.codePointCount(0, line.length()) >= MINIMUM_LENGTH) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the list of common passwords " + list, ex);
		}
		if (passwords.isEmpty()) {
			throw new IllegalStateException("The list of common passwords " + list + " is empty");
		}
		return Set.copyOf(passwords);
	}

	/** A broken rule: its message key (arguments: the limit) and a sentence for operators, in English. */
	public enum Problem {

		TOO_SHORT("admin.user.passwordTooShort", MINIMUM_LENGTH, "is shorter than " + MINIMUM_LENGTH + " characters"),

		TOO_LONG("admin.user.passwordTooLong", MAXIMUM_BYTES,
				"is longer than " + MAXIMUM_BYTES + " bytes (bcrypt's limit; about 64 characters with accents)"),

		ONE_CHARACTER("admin.user.passwordOneCharacter", MINIMUM_LENGTH, "is one character repeated"),

		SAME_AS_EMAIL("admin.user.passwordIsEmail", MINIMUM_LENGTH, "is the account's e-mail address"),

		COMMON("admin.user.passwordCommon", MINIMUM_LENGTH, "is one of the commonly used or breached passwords");

		private final String messageKey;

		private final int limit;

		private final String sentence;

		Problem(String messageKey, int limit, String sentence) {
			this.messageKey = messageKey;
			this.limit = limit;
			this.sentence = sentence;
		}

		public String messageKey() {
			return this.messageKey;
		}

		public Object[] arguments() {
			return new Object[] { this.limit };
		}

		/** Completes "The password …". */
		public String sentence() {
			return this.sentence;
		}

	}

}
