package org.a6portal.account;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * The account a session signed in as, as it was then: its authorities, and a stamp of its password hash (never the
 * hash itself, which is erased after sign-in), so that each admin request can tell whether the account has since
 * been disabled, lost a role or had its password changed ({@link EditorAccounts#stillHolds}).
 */
final class SignedInEditor extends User {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String passwordStamp;

	SignedInEditor(String email, String passwordHash, Role role, boolean enabled) {
		super(email, passwordHash, enabled, true, true, true, AuthorityUtils.createAuthorityList(role.authorities()));
		this.passwordStamp = stamp(passwordHash);
	}

	static SignedInEditor of(Editor editor) {
		return new SignedInEditor(editor.getEmail(), editor.getPasswordHash(), editor.getRole(), editor.isEnabled());
	}

	String getPasswordStamp() {
		return this.passwordStamp;
	}

	static String stamp(String passwordHash) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	// User's equals and hashCode compare the e-mail address only: one account, one principal, whatever its stamp.
	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
