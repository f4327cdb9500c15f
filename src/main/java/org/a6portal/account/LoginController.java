package org.a6portal.account;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST; this shows the form again, with why the last attempt
 * failed and the e-mail address typed, or why a session ended. It never opens a session.
 */
@Controller
class LoginController {

	@GetMapping("/admin/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable Long minutes,
			@CookieValue(name = SecurityConfiguration.LAST_EMAIL_COOKIE, required = false) @Nullable String lastEmail,
			Model model) {
		if (error != null) {
			model.addAttribute("error", "locked".equals(error) ? "locked" : "credentials");
			model.addAttribute("minutes", (minutes != null) ? minutes : 15);
			model.addAttribute("email", decode(lastEmail));
		}
		return "admin/login";
	}

	private static @Nullable String decode(@Nullable String cookie) {
		try {
			return (cookie != null) ? URLDecoder.decode(cookie, StandardCharsets.UTF_8) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
