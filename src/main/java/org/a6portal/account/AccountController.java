package org.a6portal.account;

import java.security.Principal;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An editor's own password ({@code /admin/account/password}: the current one, then the new one twice), and setting a
 * new one through an administrator's one-time link ({@code /admin/password-reset/{token}}, open without signing in).
 * Either ends the account's other sessions; changing one's own keeps the session that did it.
 */
@Controller
class AccountController {

	private final EditorRepository editors;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final EditorSessions sessions;

	private final PasswordResets resets;

	AccountController(EditorRepository editors, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			EditorSessions sessions, PasswordResets resets) {
		this.editors = editors;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.resets = resets;
	}

	@GetMapping("/admin/account/password")
	String passwordForm() {
		return "admin/account/password";
	}

	@PostMapping("/admin/account/password")
	@Transactional
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		Editor editor = this.editors.findByEmail(principal.getName())
			.orElseThrow(() -> new NoSuchAccountException(principal.getName()));
		if (!this.passwordEncoder.matches(currentPassword, editor.getPasswordHash())) {
			model.addAttribute("currentError", "admin.account.currentWrong");
		}
		String problem = problem(newPassword, repeatPassword, editor.getEmail(), model);
		if (problem != null || model.containsAttribute("currentError")) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "admin/account/password";
		}
		editor.setPasswordHash(this.passwordEncoder.encode(newPassword));
		this.editors.save(editor);
		this.sessions.endSessions(editor.getEmail(), EditorSessions.currentSessionId(request));
		this.sessions.signInAgain(editor, request, response);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/admin/account/password";
	}

	@GetMapping("/admin/password-reset/{token}")
	String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
		return (this.resets.accountOf(token).isPresent()) ? resetPage(token, model) : expired(response);
	}

	@PostMapping("/admin/password-reset/{token}")
	@Transactional
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String repeatPassword, Model model, HttpServletResponse response) {
		Long userId = this.resets.accountOf(token).orElse(null);
		Editor editor = (userId != null) ? this.editors.findById(userId).orElse(null) : null;
		if (editor == null) {
			return expired(response);
		}
		if (problem(newPassword, repeatPassword, editor.getEmail(), model) != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return resetPage(token, model);
		}
		if (!this.resets.use(token, userId)) {
			return expired(response);
		}
		editor.setPasswordHash(this.passwordEncoder.encode(newPassword));
		this.editors.save(editor);
		this.sessions.endSessions(editor.getEmail(), null);
		return "redirect:/admin/login?passwordReset";
	}

	/** The new password's problem (a message key, also put in the model with its arguments), if any. */
	private @Nullable String problem(String newPassword, String repeatPassword, String email, Model model) {
		var problem = this.passwordPolicy.check(newPassword, email);
		if (problem.isPresent()) {
			model.addAttribute("newError", problem.get().messageKey());
			model.addAttribute("newErrorArguments", problem.get().arguments());
			return problem.get().messageKey();
		}
		if (!Objects.equals(newPassword, repeatPassword)) {
			model.addAttribute("repeatError", "admin.account.repeatDiffers");
			return "admin.account.repeatDiffers";
		}
		return null;
	}

	private String resetPage(String token, Model model) {
		model.addAttribute("token", token);
		return "admin/account/reset";
	}

	private static String expired(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "admin/account/reset-expired";
	}

}
