package org.a6portal.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms an editor posted after their session had ended, kept in PostgreSQL ({@code pending_form}, V16) until they
 * sign in again and see them re-presented, at most a day. Each is found by a random token that only the browser which
 * posted it holds (a cookie), and is read once.
 */
@Component
public class PendingForms {

	/** Larger forms (an import's CSV text) are not kept. */
	static final int MAX_CHARACTERS = 1_000_000;

	private static final TypeReference<Map<String, String[]>> PARAMETERS = new TypeReference<>() {
	};

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PendingForms(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Keeps the form's fields (not its CSRF token, which is stale by then) for the path it was posted to.
	 * @return its token, or nothing when the form is too large to keep
	 */
	@Transactional
	public Optional<String> keep(String path, Map<String, String[]> parameters) {
		Map<String, String[]> fields = new LinkedHashMap<>(parameters);
		fields.remove("_csrf");
		String text = this.json.writeValueAsString(fields);
		if (text.length() > MAX_CHARACTERS) {
			return Optional.empty();
		}
		this.jdbc.sql("DELETE FROM pending_form WHERE created_at < now() - interval '1 day'").update();
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("INSERT INTO pending_form (token, path, parameters) VALUES (?, ?, ?::jsonb)")
			.params(token, path, text)
			.update();
		return Optional.of(token);
	}

	/** Where the form with this token was posted, while it is kept. */
	@Transactional(readOnly = true)
	public Optional<String> pathOf(@Nullable String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT path FROM pending_form WHERE token = ? AND created_at >= now() - interval '1 day'")
			.param(token)
			.query(String.class)
			.optional();
	}

	/** The form's fields, if it was posted to this path, removing it: a form is re-presented once. */
	@Transactional
	public Optional<Map<String, String[]>> take(@Nullable String token, String path) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				DELETE FROM pending_form WHERE token = ? AND path = ? AND created_at >= now() - interval '1 day'
				RETURNING parameters::text
				""").params(token, path).query(String.class).optional().map((text) -> this.json.readValue(text, PARAMETERS));
	}

}
