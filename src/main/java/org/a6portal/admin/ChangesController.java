package org.a6portal.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.history.ChangeEntry;
import org.a6portal.history.ChangeLog;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
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
		boolean withAccounts = request.isUserInRole("ADMIN");
		// past the last page (an old link, a hand-made number): the last page, never an offset beyond an int
		long lastPage = Math.max(this.changeLog.countRecent(withAccounts) - 1, 0) / PAGE_SIZE;
		int current = (int) Math.clamp(page, 0, lastPage);
		model.addAttribute("entries", this.changeLog.recent(current * PAGE_SIZE, PAGE_SIZE + 1, withAccounts));
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "admin/changes";
	}

	@PostMapping("/admin/changes/{id}/revert")
	String revert(@PathVariable long id, Principal editor, RedirectAttributes redirect, HttpServletRequest request,
			Model model, HttpServletResponse response) {
		if (this.changeLog.find(id).map(ChangeEntry::isAccountChange).orElse(false)) {
			throw new AccountChangeNotRevertibleException(id);
		}
		try {
			this.editing.revert(id, editor.getName());
		}
		catch (RevertRefusedException | DataIntegrityViolationException ex) {
			model.addAttribute("revertRefused", (ex instanceof RevertRefusedException refused) ? refused.getMessageKey()
					: "admin.history.revertConflict");
			model.addAttribute("revertRefusedArgument", (ex instanceof RevertRefusedException refused
					&& refused.getArguments().length > 0) ? refused.getArguments()[0] : "");
			response.setStatus(HttpStatus.CONFLICT.value());
			return recent(0, request, model);
		}
		redirect.addFlashAttribute("reverted", true);
		return "redirect:/admin/changes";
	}

}
