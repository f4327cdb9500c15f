package org.a6portal.account;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.a6portal.history.ChangeAction;
import org.a6portal.history.ChangeEntry;
import org.a6portal.history.ChangeLog;
import org.a6portal.web.PortalAddress;
import org.a6portal.history.NewChange;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: administrators create editor accounts, change roles, disable accounts and reset passwords.
 * Disabling, demoting or a new password ends the account's open sessions (but the administrator's own).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final EditorRepository editors;

	private final PasswordEncoder passwordEncoder;

	private final ChangeLog changeLog;

	private final PasswordPolicy passwordPolicy;

	private final EditorSessions sessions;

	private final PasswordResets resets;

	private final PortalAddress address;

	UserAdminController(EditorRepository editors, PasswordEncoder passwordEncoder, ChangeLog changeLog,
			PasswordPolicy passwordPolicy, EditorSessions sessions, PasswordResets resets, PortalAddress address) {
		this.resets = resets;
		this.address = address;
		this.editors = editors;
		this.passwordEncoder = passwordEncoder;
		this.changeLog = changeLog;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.editors.findAllByOrderByEmail());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new UserForm());
		return "admin/users/form";
	}

	@PostMapping("/new")
	@Transactional
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Principal admin,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (this.editors.findByEmail(Editor.normalise(form.getEmail())).isPresent()) {
			result.rejectValue("email", "admin.user.emailTaken");
		}
		checkPassword(form.getPassword(), form.getEmail(), true, result);
		if (result.hasErrors()) {
			form.setPassword(null);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "admin/users/form";
		}
		Editor editor = this.editors.save(new Editor(form.getEmail(), form.getDisplayName().strip(),
				this.passwordEncoder.encode(form.getPassword()), form.getRole()));
		record(editor, ChangeAction.CREATE, null, admin);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Editor editor = load(id);
		model.addAttribute("form", UserForm.of(editor));
		model.addAttribute("user", editor);
		return "admin/users/form";
	}

	@PostMapping("/{id}/edit")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			Principal admin, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		Editor editor = load(id);
		boolean self = editor.getEmail().equals(admin.getName());
		if (self && (!form.isEnabled() || form.getRole() != Role.ADMIN)) {
			result.rejectValue("role", "admin.user.notYourself");
		}
		if (form.getVersion() != editor.getVersion()) {
			result.reject("admin.user.changed");
		}
		checkPassword(form.getPassword(), editor.getEmail(), false, result);
		if (result.hasFieldErrors("displayName") || result.hasFieldErrors("role") || result.hasFieldErrors("password")
				|| result.hasGlobalErrors()) {
			form.setPassword(null);
			form.setEmail(editor.getEmail());
			model.addAttribute("user", editor);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "admin/users/form";
		}
		Map<String, Object> before = state(editor);
		boolean disabled = editor.isEnabled() && !form.isEnabled();
		boolean demoted = editor.getRole() == Role.ADMIN && form.getRole() != Role.ADMIN;
		boolean newPassword = form.getPassword() != null;
		editor.setDisplayName(form.getDisplayName().strip());
		editor.setRole(form.getRole());
		editor.setEnabled(form.isEnabled());
		if (newPassword) {
			editor.setPasswordHash(this.passwordEncoder.encode(form.getPassword()));
		}
		this.editors.save(editor);
		record(editor, ChangeAction.UPDATE, before, admin);
		if (disabled || demoted || newPassword) {
			this.sessions.endSessions(editor.getEmail(), self ? EditorSessions.currentSessionId(request) : null);
		}
		if (self && newPassword) {
			this.sessions.signInAgain(editor, request, response);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users";
	}

	/**
	 * A one-time link that lets the account's owner set a new password (the portal sends no mail: the administrator
	 * passes it on). Shown once, here; only its hash is kept.
	 */
	@PostMapping("/{id}/reset-link")
	String resetLink(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
		Editor editor = load(id);
		String token = this.resets.issue(editor.getId(), admin.getName());
		redirect.addFlashAttribute("resetLink", this.address.url("/admin/password-reset/" + token));
		redirect.addFlashAttribute("resetHours", PasswordResets.VALID_FOR.toHours());
		return "redirect:/admin/users/" + id + "/edit";
	}

	private void checkPassword(@Nullable String password, String email, boolean required, BindingResult result) {
		if (password == null) {
			if (required) {
				result.rejectValue("password", "admin.user.passwordRequired",
						new Object[] { PasswordPolicy.MINIMUM_LENGTH }, null);
			}
		}
		else {
			this.passwordPolicy.check(password, email)
				.ifPresent((problem) -> result.rejectValue("password", problem.messageKey(), problem.arguments(), null));
		}
	}

	private void record(Editor editor, ChangeAction action, @Nullable Map<String, Object> before, Principal admin) {
		this.changeLog.record(new NewChange(ChangeEntry.ACCOUNT, String.valueOf(editor.getId()), editor.getEmail(), action,
				admin.getName(), editor.getVersion(), false, before, state(editor), Set.of(), null));
	}

	private static Map<String, Object> state(Editor editor) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("email", editor.getEmail());
		state.put("displayName", editor.getDisplayName());
		state.put("role", editor.getRole().code());
		state.put("enabled", editor.isEnabled());
		return state;
	}

	private Editor load(long id) {
		return this.editors.findById(id).orElseThrow(() -> new NoSuchAccountException(String.valueOf(id)));
	}

}
