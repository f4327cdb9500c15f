package org.a6portal.admin;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.a6portal.common.ControlCharacters;
import org.a6portal.common.PublicationStatus;
import org.a6portal.contenthealth.ContentWarning;

import org.springframework.beans.BeanUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list, create, edit, delete and history pages every kind of record has in the admin section. A subclass names
 * its records, its path and its templates ({@code <views>/list.html}, {@code <views>/form.html}), and how to search.
 * A failed save keeps everything the editor typed; a save over someone else's newer change shows what they changed.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class RecordAdminController<E, F extends RecordForm> {

	protected final EditableRecords<E, F> records;

	protected final RecordEditing editing;

	private final String path;

	private final String views;

	protected RecordAdminController(EditableRecords<E, F> records, RecordEditing editing, String path, String views) {
		this.records = records;
		this.editing = editing;
		this.path = path;
		this.views = views;
	}

	/** One page of the records the query asks for. */
	protected abstract Page<E> search(ListQuery query);

	/** What the form needs besides the record: countries and sectors to pick from. */
	protected void addReferenceData(Model model) {
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("basePath", this.path);
		model.addAttribute("kind", this.records.entityType());
		model.addAttribute("creatable", this.records.creatable());
		model.addAttribute("deletable", this.records.deletable());
		model.addAttribute("publicationStatuses", PublicationStatus.values());
	}

	@GetMapping
	String list(ListQuery query, Model model) {
		Page<E> results = search(query);
		if (results.getNumber() > 0 && results.getNumber() >= results.getTotalPages()) {
			// beyond the last page (an old link, or a hand-made number): show the last page rather than nothing
			query = query.withPage(Math.max(results.getTotalPages() - 1, 0));
			results = search(query);
		}
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		addReferenceData(model);
		return this.views + "/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!this.records.creatable()) {
			throw new NoSuchRecordException(this.records.entityType(), "new");
		}
		model.addAttribute("form", this.records.newForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, Principal editor,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response,
			@RequestParam(defaultValue = "false") boolean publishAnyway,
			@RequestParam(defaultValue = "false") boolean keepDraft) {
		if (!this.records.creatable()) {
			throw new NoSuchRecordException(this.records.entityType(), "new");
		}
		this.records.validate(form, Optional.empty(), result);
		rejectRemovedControlCharacters(request, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, null);
		}
		if (askBeforePublishing(form, publishAnyway, keepDraft, model, response)) {
			return form(model, null);
		}
		try {
			RecordEditing.Saved<E> saved = this.editing.create(this.records, form, editor.getName());
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + this.path + "/" + this.records.idOf(saved.entity()) + "/edit";
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("admin.form.integrity");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		E entity = load(id);
		F form = this.records.toForm(entity);
		model.addAttribute("form", form);
		model.addAttribute("warnings", this.editing.warnings(this.records, form));
		return form(model, entity);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable String id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			Principal editor, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response,
			@RequestParam(defaultValue = "false") boolean publishAnyway,
			@RequestParam(defaultValue = "false") boolean keepDraft) {
		E entity = load(id);
		this.records.validate(form, Optional.of(entity), result);
		rejectRemovedControlCharacters(request, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, entity);
		}
		if (askBeforePublishing(form, publishAnyway, keepDraft, model, response)) {
			return form(model, entity);
		}
		try {
			this.editing.update(this.records, id, form, editor.getName());
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + this.path + "/" + id + "/edit";
		}
		catch (EditConflictException ex) {
			model.addAttribute("conflict", ex);
			// the fields the editor did not touch take the other editors' values: saving again keeps their changes
			BeanUtils.copyProperties(ex.getMerged(), form);
			form.setVersion(ex.getCurrentVersion());
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, load(id));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return update(id, form, result, model, editor, redirect, request, response, publishAnyway, keepDraft);
		}
		catch (DataIntegrityViolationException ex) {
			result.reject("admin.form.integrity");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, load(id));
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable String id, Model model) {
		E entity = loadDeletable(id);
		model.addAttribute("record", entity);
		model.addAttribute("recordId", this.records.idOf(entity));
		model.addAttribute("label", this.records.labelOf(entity));
		model.addAttribute("version", this.records.versionOf(entity));
		model.addAttribute("effects", this.records.deletionEffects(entity));
		model.addAttribute("blocker", this.records.deletionBlocker(entity).orElse(null));
		return "admin/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, @RequestParam long version, Principal editor, RedirectAttributes redirect,
			Model model, HttpServletResponse response) {
		E entity = loadDeletable(id);
		String label = this.records.labelOf(entity);
		try {
			this.editing.delete(this.records, id, version, editor.getName());
		}
		catch (RecordInUseException | EditConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", (ex instanceof RecordInUseException inUse) ? inUse.getMessageKey()
					: "admin.delete.changed");
			return confirmDelete(id, model);
		}
		redirect.addFlashAttribute("deleted", label);
		return "redirect:" + this.path;
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable String id, Model model) {
		E entity = load(id);
		model.addAttribute("label", this.records.labelOf(entity));
		model.addAttribute("editPath", this.path + "/" + id + "/edit");
		model.addAttribute("entries", this.editing.history(this.records.entityType(), id));
		return "admin/history";
	}

	private String form(Model model, E entity) {
		model.addAttribute("record", entity);
		model.addAttribute("recordId", (entity != null) ? this.records.idOf(entity) : null);
		model.addAttribute("formAction", (entity != null) ? this.path + "/" + this.records.idOf(entity) + "/edit"
				: this.path + "/new");
		addReferenceData(model);
		return this.views + "/form";
	}

	/**
	 * Content health before a record goes (or stays) public: a save that would publish a record with warnings is not
	 * applied yet; the form comes back (422) with the warnings and two choices, keep it a draft or publish anyway.
	 * "Keep it a draft" saves the form as a draft; "publish anyway" saves it as it is.
	 * @return whether the editor is being asked (nothing saved)
	 */
	private boolean askBeforePublishing(F form, boolean publishAnyway, boolean keepDraft, Model model,
			HttpServletResponse response) {
		if (!(form instanceof SourcedRecordForm sourced)) {
			return false;
		}
		if (keepDraft) {
			sourced.setPublicationStatus(PublicationStatus.DRAFT);
			return false;
		}
		if (publishAnyway || sourced.getPublicationStatus() != PublicationStatus.PUBLISHED) {
			return false;
		}
		List<ContentWarning> warnings = this.editing.warnings(this.records, form);
		if (warnings.isEmpty()) {
			return false;
		}
		model.addAttribute("warnings", warnings);
		model.addAttribute("publishCheck", true);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return true;
	}

	/**
	 * The form was bound without the control or text-direction characters it held (see
	 * {@link org.a6portal.common.ControlCharacters}): nothing is saved yet, the editor sees the cleaned text and why.
	 */
	private static void rejectRemovedControlCharacters(HttpServletRequest request, BindingResult result) {
		ControlCharacters.firstParameterWithAny(request.getParameterMap())
			.ifPresent((parameter) -> result.reject("admin.form.controlCharacters", new Object[] { parameter }, null));
	}

	/** The record, if this kind of record can be deleted here at all (countries cannot: they come from ISO 3166). */
	private E loadDeletable(String id) {
		if (!this.records.deletable()) {
			throw new NoSuchRecordException(this.records.entityType(), id + "/delete");
		}
		return load(id);
	}

	private E load(String id) {
		return this.records.find(id).orElseThrow(() -> new NoSuchRecordException(this.records.entityType(), id));
	}

}
