package org.a6portal.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An administrator's form for an editor account. The password is set when creating and may be replaced later; it
 * is never shown, stored in the history or kept in the form after a failed save.
 */
public class UserForm {

	private long version;

	@NotBlank
	@Email
	@Size(max = 200)
	private String email = "";

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@NotNull
	private Role role = Role.EDITOR;

	private boolean enabled = true;

	/** Checked by {@link PasswordPolicy}, which also bounds its length. */
	private @Nullable String password;

	static UserForm of(Editor editor) {
		UserForm form = new UserForm();
		form.version = editor.getVersion();
		form.email = editor.getEmail();
		form.displayName = editor.getDisplayName();
		form.role = editor.getRole();
		form.enabled = editor.isEnabled();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = (password == null || password.isEmpty()) ? null : password;
	}

}
