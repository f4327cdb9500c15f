package org.a6portal.account;

import java.util.Set;

import org.a6portal.common.CodedEnum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up editor accounts for Spring Security, by e-mail address in any case, and tells whether a signed-in session
 * still speaks for its account.
 */
@Service
@Transactional(readOnly = true)
class EditorAccounts implements UserDetailsService {

	private final EditorRepository editors;

	private final JdbcClient jdbc;

	EditorAccounts(EditorRepository editors, JdbcClient jdbc) {
		this.editors = editors;
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Editor editor = this.editors.findByEmail(Editor.normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("No account " + email));
		return SignedInEditor.of(editor);
	}

	/**
	 * Whether the account a session signed in as still exists, is enabled, holds every authority the session has and
	 * has the password it signed in with. One indexed read, on every admin request.
	 */
	boolean stillHolds(SignedInEditor signedIn) {
		return this.jdbc.sql("SELECT role, enabled, password_hash FROM app_user WHERE email = ?")
			.param(signedIn.getUsername())
			.query((rs, row) -> {
				Role role = CodedEnum.fromCode(Role.class, rs.getString("role"));
				Set<String> held = Set.copyOf(role.authorities());
				return rs.getBoolean("enabled")
						&& held.containsAll(AuthorityUtils.authorityListToSet(signedIn.getAuthorities()))
						&& SignedInEditor.stamp(rs.getString("password_hash")).equals(signedIn.getPasswordStamp());
			})
			.optional()
			.orElse(false);
	}

}
