package org.a6portal.account;

import org.a6portal.account.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NIST SP 800-63B's rules for a chosen password: length first, then the list of common and breached passwords, the
 * account's own address and one repeated character; no composition rules.
 */
class PasswordPolicyTests {

	private static final String EMAIL = "alice@example.org";

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void lengthComesFirst() {
		assertThat(this.policy.check("elevenchars", EMAIL)).contains(Problem.TOO_SHORT);
		assertThat(this.policy.check("twelve chars", EMAIL)).isEmpty();
		assertThat(this.policy.check("ñandú ñandú ", EMAIL)).as("characters, not bytes").isEmpty();
	}

	@Test
	void bcryptsLimitOf72BytesIsTheUpperBound() {
		assertThat(this.policy.check("x".repeat(36) + "y".repeat(36), EMAIL)).isEmpty();
		assertThat(this.policy.check("x".repeat(36) + "y".repeat(37), EMAIL)).contains(Problem.TOO_LONG);
		assertThat(this.policy.check("é".repeat(30) + "e".repeat(12), EMAIL)).as("72 bytes, 42 characters").isEmpty();
		assertThat(this.policy.check("é".repeat(37), EMAIL)).as("74 bytes, 37 characters").contains(Problem.TOO_LONG);
		assertThat(this.policy.check("a passphrase of sixty-four characters, which NIST asks to allow!", EMAIL))
			.isEmpty();
	}

	@Test
	void oneRepeatedCharacterIsRefused() {
		assertThat(this.policy.check(" ".repeat(12), EMAIL)).contains(Problem.ONE_CHARACTER);
		assertThat(this.policy.check("aaaaaaaaaaaa", EMAIL)).contains(Problem.ONE_CHARACTER);
		assertThat(this.policy.check("😀".repeat(12), EMAIL)).contains(Problem.ONE_CHARACTER);
	}

	@Test
	void theAccountsOwnAddressIsRefusedInAnyCase() {
		assertThat(this.policy.check("Alice@Example.org", EMAIL)).contains(Problem.SAME_AS_EMAIL);
		assertThat(this.policy.check(" alice@example.org ", EMAIL)).contains(Problem.SAME_AS_EMAIL);
	}

	@Test
	void commonAndBreachedPasswordsAreRefusedInAnyCase() {
		assertThat(this.policy.check("qwerty123456", EMAIL)).contains(Problem.COMMON);
		assertThat(this.policy.check("1QAZ2WSX3EDC", EMAIL)).contains(Problem.COMMON);
		assertThat(this.policy.check("123qweasdzxc", EMAIL)).contains(Problem.COMMON);
		assertThat(this.policy.commonPasswords()).as("the listed passwords of 12 characters or more").isGreaterThan(400);
	}

	@Test
	void noCompositionRules() {
		assertThat(this.policy.check("correct horse battery", EMAIL)).isEmpty();
		assertThat(this.policy.check("onlylowercaseletters", EMAIL)).isEmpty();
	}

}
