package org.a6portal.admin;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up editor accounts for Spring Security, by e-mail address in any case.
 */
@Service
@Transactional(readOnly = true)
class EditorAccounts implements UserDetailsService {

	private final EditorRepository editors;

	EditorAccounts(EditorRepository editors) {
		this.editors = editors;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Editor editor = this.editors.findByEmail(Editor.normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("No account " + email));
		return User.withUsername(editor.getEmail())
			.password(editor.getPasswordHash())
			.authorities(AuthorityUtils.createAuthorityList(editor.getRole().authorities()))
			.disabled(!editor.isEnabled())
			.build();
	}

}
