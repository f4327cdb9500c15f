package org.a6portal.admin;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.a6portal.common.ControlCharacters;
import org.a6portal.common.PublicationStatus;
import org.a6portal.contenthealth.ContentWarning;
import org.a6portal.account.ResumeFormFilter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.BeanUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

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

	private @org.jspecify.annotations.Nullable AdminReferenceData countries;

	/** The most records one bulk action takes (four pages of a list). */
	private static final int MAX_BULK = 100;

	protected RecordAdminController(EditableRecords<E, F> records, RecordEditing editing, String path, String views) {
		this.records = records;
		this.editing = editing;
		this.path = path;
		this.views = views;
	}

	@Autowired
	void setCountries(AdminReferenceData countries) {
		this.countries = countries;
	}

	/** Numbers as editors type them, with thousands separators ("2,000,000"). */
	@InitBinder("form")
	void readNumbersWithSeparators(WebDataBinder binder, Locale locale) {
		binder.registerCustomEditor(BigDecimal.class, new NumberWithSeparatorsEditor(locale));
	}

	/** One page of the records the query asks for. */
	protected abstract Page<E> search(ListQuery query);

	/** What the form needs besides the record: countries and sectors to pick from. */
	protected void addReferenceData(Model model) {
	}

	@ModelAttribute
	void common(Model model, HttpServletRequest request) {
		String back = ListQuery.backQuery(request.getParameter("back"));
		model.addAttribute("back", back);
		model.addAttribute("listPath", this.path + (back.isEmpty() ? "" : "?" + back));
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
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response,
			@RequestParam(defaultValue = "false") boolean publishAnyway,
			@RequestParam(defaultValue = "false") boolean keepDraft) {
		if (!this.records.creatable()) {
			throw new NoSuchRecordException(this.records.entityType(), "new");
		}
		result = suggestSlugIfBlank(form, result, Optional.empty(), model);
		this.records.validate(form, Optional.empty(), result);
		rejectRemovedControlCharacters(request, result);
		if (isResumed(request, model)) {
			return form(model, null);
		}
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
			return "redirect:" + this.path + "/" + this.records.idOf(saved.entity()) + "/edit" + backParameter(model);
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
		if (isResumed(request, model)) {
			return form(model, entity);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, entity);
		}
		if (askBeforePublishing(form, publishAnyway, keepDraft, model, response)) {
			return form(model, entity);
		}
		try {
			Map<String, List<String>> removed = this.editing.removedCountries(this.records, entity, form);
			this.editing.update(this.records, id, form, editor.getName());
			redirect.addFlashAttribute("saved", true);
			redirect.addFlashAttribute("removedCountries", describe(removed));
			return "redirect:" + this.path + "/" + id + "/edit" + backParameter(model);
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

	/**
	 * A new record's blank slug gets one suggested from the record (an approach's Parties: {@code ca-no-pe}), made
	 * unique among its kind; the "required" error of the blank slug then no longer applies. (An existing record keeps
	 * asking for its slug: a new one would move its public address.)
	 */
	private BindingResult suggestSlugIfBlank(F form, BindingResult result, Optional<E> existing, Model model) {
		if (!(form instanceof SourcedRecordForm sourced) || !sourced.getSlug().isBlank()) {
			return result;
		}
		Optional<String> suggested = this.editing.suggestSlug(this.records, form, existing);
		if (suggested.isEmpty()) {
			return result;
		}
		sourced.setSlug(suggested.get());
		BindingResult fresh = new BeanPropertyBindingResult(form, "form");
		result.getAllErrors().forEach((error) -> {
			if (!(error instanceof FieldError field && field.getField().equals("slug"))) {
				fresh.addError(error);
			}
		});
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
		model.addAttribute("slugSuggested", true);
		return fresh;
	}

	/**
	 * The form was posted when the editor's session had ended and is shown again now that they are signed in
	 * ({@link ResumeFormFilter}): with what they typed and any errors in it, not saved until they save it.
	 */
	private static boolean isResumed(HttpServletRequest request, Model model) {
		boolean resumed = request.getAttribute(ResumeFormFilter.RESUMED) != null;
		model.addAttribute("resumed", resumed);
		return resumed;
	}

	/** The countries each list lost, in words, for the confirmation. */
	private List<RemovedCountries> describe(Map<String, List<String>> removed) {
		List<RemovedCountries> described = new ArrayList<>();
		removed.forEach((field, codes) -> described.add(new RemovedCountries(this.records.countryListFields().get(field),
				(this.countries != null) ? this.countries.countryLabels(codes) : codes)));
		return described;
	}

	/** "?back=…": the list's search, filters, sort and page, carried through the form so "Back to the list" keeps them. */
	private static String backParameter(Model model) {
		String back = (String) model.getAttribute("back");
		return (back == null || back.isEmpty()) ? "" : "?back=" + UriUtils.encodeQueryParam(back, "UTF-8");
	}

	private String form(Model model, E entity) {
		model.addAttribute("record", entity);
		model.addAttribute("recordId", (entity != null) ? this.records.idOf(entity) : null);
		model.addAttribute("formAction", ((entity != null) ? this.path + "/" + this.records.idOf(entity) + "/edit"
				: this.path + "/new") + backParameter(model));
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
