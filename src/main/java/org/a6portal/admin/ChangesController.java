package org.a6portal.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.history.ChangeEntry;
import org.a6portal.history.ChangeLog;
import org.jspecify.annotations.Nullable;

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
 * shown to administrators only, and never reverted. A revert that would overwrite later changes to the same fields
 * shows them and asks first; after a revert the editor lands on the record's history.
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

	/** What reverting the change would do and overwrite, with a button to go ahead. */
	@GetMapping("/admin/changes/{id}/revert")
	String confirmRevert(@PathVariable long id, Model model) {
		refuseAccountChange(id);
		return confirmation(this.editing.previewRevert(id), model);
	}

	/**
	 * Reverts the change, unless later changes to its fields would be overwritten and the editor has not confirmed
	 * that, having seen every change up to the latest: then the confirmation (409) and nothing changes.
	 */
	@PostMapping("/admin/changes/{id}/revert")
	String revert(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(required = false) @Nullable Long seen, Principal editor, RedirectAttributes redirect,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		refuseAccountChange(id);
		RecordEditing.RevertPreview preview = this.editing.previewRevert(id);
		if (!preview.lost().isEmpty() && !(confirmed && seen != null && seen >= preview.latestChangeId())) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return confirmation(preview, model);
		}
		String recordId;
		try {
			recordId = this.editing.revert(id, editor.getName());
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
		String history = historyPath(preview.change().entityType(), recordId);
		return "redirect:" + ((history != null) ? history : "/admin/changes");
	}

	private String confirmation(RecordEditing.RevertPreview preview, Model model) {
		ChangeEntry change = preview.change();
		model.addAttribute("preview", preview);
		model.addAttribute("historyPath", historyPath(change.entityType(), change.entityId()));
		return "admin/revert";
	}

	/** The record's history page, if the record exists (reverting a creation deletes it). */
	private @Nullable String historyPath(String entityType, String recordId) {
		EditableRecords<?, ?> kind = this.editing.kinds()
			.stream()
			.filter((each) -> each.entityType().equals(entityType))
			.findFirst()
			.orElse(null);
		if (kind == null || kind.find(recordId).isEmpty()) {
			return null;
		}
		return kind.kind().listPath() + "/" + recordId + "/history";
	}

	private void refuseAccountChange(long id) {
		if (this.changeLog.find(id).map(ChangeEntry::isAccountChange).orElse(false)) {
			throw new AccountChangeNotRevertibleException(id);
		}
	}

}
