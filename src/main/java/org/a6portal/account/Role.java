package org.a6portal.account;

import java.util.List;

import jakarta.persistence.Converter;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.CodedEnumConverter;

/**
 * What an account may do: an editor edits content; an administrator also manages accounts.
 */
public enum Role implements CodedEnum {

	EDITOR, ADMIN;

	/** Spring Security authorities: an administrator is an editor too. */
	List<String> authorities() {
		return (this == ADMIN) ? List.of("ROLE_ADMIN", "ROLE_EDITOR") : List.of("ROLE_EDITOR");
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedEnumConverter<Role> {

		JpaConverter() {
			super(Role.class);
		}

	}

}
