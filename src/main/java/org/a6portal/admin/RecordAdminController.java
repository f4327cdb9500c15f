package org.a6portal.admin;

import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.a6portal.common.ControlCharacters;
import org.a6portal.common.PublicationStatus;

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

	/** The most records one bulk action takes (four pages of a list). */
	private static final int MAX_BULK = 100;

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
		model.addAttribute("bulkEditable", bulkEditable());
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
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (!this.records.creatable()) {
			throw new NoSuchRecordException(this.records.entityType(), "new");
		}
		this.records.validate(form, Optional.empty(), result);
		rejectRemovedControlCharacters(request, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
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
			Principal editor, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		E entity = load(id);
		this.records.validate(form, Optional.of(entity), result);
		rejectRemovedControlCharacters(request, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, entity);
		}
		try {
			this.editing.update(this.records, id, form, editor.getName());
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + this.path + "/" + id + "/edit";
		}
		catch (EditConflictException ex) {
			model.addAttribute("conflict", ex);
			form.setVersion(ex.getCurrentVersion());
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, load(id));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return update(id, form, result, model, editor, redirect, request, response);
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

	/**
	 * The confirmation of a bulk action chosen on the list: every record it would change, and how. Nothing is written
	 * yet; bad input (no record chosen, an action this kind does not offer) is a 400 that says so.
	 */
	@GetMapping("/bulk")
	String confirmBulk(@RequestParam(required = false) @org.jspecify.annotations.Nullable String action,
			@RequestParam(name = "id", required = false) java.util.@org.jspecify.annotations.Nullable List<String> ids,
			ListQuery query, Model model, HttpServletResponse response) {
		model.addAttribute("query", query);
		BulkAction chosen = bulkAction(action);
		String problem = (chosen == null) ? "admin.bulk.problem.action"
				: (ids == null || ids.isEmpty()) ? "admin.bulk.problem.none"
						: (ids.size() > MAX_BULK) ? "admin.bulk.problem.tooMany" : null;
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problem);
			return "admin/bulk";
		}
		model.addAttribute("action", chosen);
		model.addAttribute("targets", ids.stream().distinct().map(this::load).map((entity) -> new BulkTarget(
				this.records.idOf(entity), this.records.labelOf(entity), this.records.versionOf(entity),
				this.records.isPublished(entity))).toList());
		return "admin/bulk";
	}

	/** Applies a confirmed bulk action: one entry in recent changes, undone as one unit from there or from the list. */
	@PostMapping("/bulk")
	String applyBulk(@RequestParam(required = false) @org.jspecify.annotations.Nullable String action,
			@RequestParam(name = "id", required = false) java.util.@org.jspecify.annotations.Nullable List<String> ids,
			@RequestParam(name = "version", required = false) java.util.@org.jspecify.annotations.Nullable List<Long> versions,
			ListQuery query, Principal editor, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		BulkAction chosen = bulkAction(action);
		if (chosen == null || ids == null || ids.isEmpty() || ids.size() > MAX_BULK) {
			return confirmBulk(action, ids, query, model, response);
		}
		if (versions == null || versions.size() != ids.size() || ids.stream().distinct().count() != ids.size()) {
			// not what the confirmation page posts: show it again, as it is now
			String page = confirmBulk(action, ids, query, model, response);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refused", "admin.bulk.problem.versions");
			return page;
		}
		java.util.Map<String, Long> chosenVersions = new java.util.LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			chosenVersions.put(ids.get(i), versions.get(i));
		}
		try {
			long changeId = this.editing.bulk(this.records, chosen, chosenVersions, editor.getName());
			redirect.addFlashAttribute("bulkDone", "admin.bulk.done." + chosen.code());
			redirect.addFlashAttribute("bulkCount", ids.size());
			redirect.addFlashAttribute("bulkChange", changeId);
		}
		catch (BulkRefusedException ex) {
			String page = confirmBulk(action, ids, query, model, response);
			response.setStatus(ex.getMessageKey().endsWith(".changed") ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refused", ex.getMessageKey());
			model.addAttribute("refusedRecords", ex.getRecords());
			return page;
		}
		return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath(this.path)
			.queryParamIfPresent("q", Optional.ofNullable(query.q()).filter((value) -> !value.isBlank()))
			.queryParamIfPresent("status", Optional.ofNullable(query.statusCode()))
			.queryParamIfPresent("country", Optional.ofNullable(query.countryCode()))
			.queryParamIfPresent("sort", Optional.ofNullable(query.sort()).filter((value) -> value.matches("-?[A-Za-z]{1,40}")))
			.queryParamIfPresent("page", Optional.ofNullable(query.page()).filter((value) -> value > 0))
			.encode()
			.build()
			.toUriString();
	}

	/** The action, if this kind of record offers it in bulk: publication needs a publication status, deletion a kind that can be deleted. */
	private @org.jspecify.annotations.Nullable BulkAction bulkAction(@org.jspecify.annotations.Nullable String code) {
		for (BulkAction candidate : BulkAction.values()) {
			if (candidate.code().equals(code)) {
				boolean offered = (candidate == BulkAction.DELETE) ? this.records.deletable() && bulkEditable()
						: bulkEditable();
				return offered ? candidate : null;
			}
		}
		return null;
	}

	private boolean bulkEditable() {
		return SourcedRecordForm.class.isAssignableFrom(this.records.formType());
	}

	/** One record on a bulk action's confirmation page. */
	public record BulkTarget(String id, String label, long version, boolean published) {
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
		if (entity != null && bulkEditable()) {
			// from the form: each of its countries' page with drafts (preview), and where the public sees it
			model.addAttribute("previewCountries", new java.util.TreeSet<>(this.records.countriesOf(entity)).stream()
				.map((iso2) -> iso2.toLowerCase(java.util.Locale.ROOT)).toList());
			model.addAttribute("publicPath", this.records.isPublished(entity) ? this.records.publicPath(entity).orElse(null) : null);
		}
		addReferenceData(model);
		return this.views + "/form";
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
