package org.a6portal.admin;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST; this shows the form again, with why the last attempt
 * failed and the e-mail address typed.
 */
@Controller
class LoginController {

	static final String LAST_EMAIL = LoginController.class.getName() + ".lastEmail";

	@GetMapping("/admin/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable Long minutes, @Nullable HttpSession session, Model model) {
		if (error != null) {
			model.addAttribute("error", "locked".equals(error) ? "locked" : "credentials");
			model.addAttribute("minutes", (minutes != null) ? minutes : 15);
			if (session != null) {
				model.addAttribute("email", session.getAttribute(LAST_EMAIL));
			}
		}
		return "admin/login";
	}

}
