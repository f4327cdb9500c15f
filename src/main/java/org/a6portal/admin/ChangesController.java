package org.a6portal.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.a6portal.history.ChangeEntry;
import org.a6portal.history.ChangeLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/changes}: the portal's recent changes, and reverting one of them. Changes to editor accounts are
 * shown to administrators only, and never reverted.
 */
@Controller
class ChangesController {

	private static final int PAGE_SIZE = 50;

	private final ChangeLog changeLog;

	private final RecordEditing editing;

	ChangesController(ChangeLog changeLog, RecordEditing editing) {
		this.changeLog = changeLog;
		this.editing = editing;
	}

	@GetMapping("/admin/changes")
	String recent(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		int current = Math.max(page, 0);
		model.addAttribute("entries",
				this.changeLog.recent(current * PAGE_SIZE, PAGE_SIZE + 1, request.isUserInRole("ADMIN")));
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "admin/changes";
	}

	@PostMapping("/admin/changes/{id}/revert")
	String revert(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
		if (this.changeLog.find(id).map(ChangeEntry::isAccountChange).orElse(false)) {
			throw new AccountChangeNotRevertibleException(id);
		}
		this.editing.revert(id, editor.getName());
		redirect.addFlashAttribute("reverted", true);
		return "redirect:/admin/changes";
	}

}
