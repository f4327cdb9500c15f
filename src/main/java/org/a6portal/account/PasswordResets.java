package org.a6portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time password-reset links: an administrator creates one for an account and passes it on (the portal sends no
 * mail). The token is 256 random bits; only its SHA-256 hash is stored, so the table alone opens nothing. A new link
 * replaces the account's earlier ones; a link works once and for {@link #VALID_FOR}.
 */
@Service
class PasswordResets {

	static final Duration VALID_FOR = Duration.ofHours(24);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	PasswordResets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token for the account (its earlier ones stop working). */
	@Transactional
	String issue(long userId, String administrator) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("DELETE FROM password_reset WHERE user_id = ?").param(userId).update();
		this.jdbc.sql("""
				INSERT INTO password_reset (token_hash, user_id, created_by, expires_at)
				VALUES (?, ?, ?, now() + make_interval(secs => ?))
				""").params(hash(token), userId, administrator, VALID_FOR.toSeconds()).update();
		return token;
	}

	/** The account a token resets, while it is valid. */
	@Transactional(readOnly = true)
	Optional<Long> accountOf(String token) {
		return this.jdbc.sql("SELECT user_id FROM password_reset WHERE token_hash = ? AND expires_at > now()")
			.param(hash(token))
			.query(Long.class)
			.optional();
	}

	/** Uses up the token: true if it was still valid (and is now gone), false if used or expired meanwhile. */
	@Transactional
	boolean use(String token, long userId) {
		return this.jdbc.sql("DELETE FROM password_reset WHERE token_hash = ? AND user_id = ? AND expires_at > now()")
			.params(hash(token), userId)
			.update() == 1;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
