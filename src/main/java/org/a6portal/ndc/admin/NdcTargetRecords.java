package org.a6portal.ndc.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.country.CountryRepository;
import org.a6portal.ndc.NdcSubmission;
import org.a6portal.ndc.NdcSubmissionRepository;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.NdcTargetRepository;
import org.a6portal.ndc.NdcKinds;
import org.a6portal.record.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * NDC targets as the editing service sees them. A target is filed under its country's NDC version of the form's
 * label, created on first use; the form also says which version is the country's current one.
 */
@Component
class NdcTargetRecords implements SourcedRecords<NdcTarget, NdcTargetForm> {

	private final NdcTargetRepository targets;

	private final NdcSubmissionRepository submissions;

	private final CountryRepository countries;

	NdcTargetRecords(NdcTargetRepository targets, NdcSubmissionRepository submissions, CountryRepository countries) {
		this.targets = targets;
		this.submissions = submissions;
		this.countries = countries;
	}

	@Override
	public RecordKind kind() {
		return NdcKinds.NDC_TARGET;
	}

	@Override
	public Class<NdcTargetForm> formType() {
		return NdcTargetForm.class;
	}

	@Override
	public Optional<NdcTarget> find(String id) {
		return id.matches("\\d{1,18}") ? this.targets.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public Optional<NdcTarget> findBySlug(String slug) {
		return this.targets.findBySlug(slug);
	}

	@Override
	public java.util.Map<String, NdcTarget> findAllBySlug(java.util.Collection<String> slugs) {
		java.util.Map<String, NdcTarget> found = new java.util.HashMap<>();
		// in slices, so that no statement carries more parameters than PostgreSQL takes
		List<String> all = List.copyOf(slugs);
		for (int from = 0; from < all.size(); from += 1000) {
			this.targets.findBySlugIn(all.subList(from, Math.min(from + 1000, all.size())))
				.forEach((record) -> found.put(record.getSlug(), record));
		}
		return found;
	}

	@Override
	public NdcTargetForm newForm() {
		return new NdcTargetForm();
	}

	@Override
	public NdcTarget create(NdcTargetForm form) {
		NdcTarget target = new NdcTarget();
		apply(form, target);
		return target;
	}

	@Override
	public NdcTargetForm toForm(NdcTarget target) {
		return NdcTargetForm.of(target);
	}

	/**
	 * Files the target under its NDC version first: a version made current takes the place of the country's
	 * previous current one, which is unset (and written) before, as the database allows only one at a time. Leaving
	 * the box unticked changes nothing, so adding a target to the current NDC cannot unset it by accident. Ticking it
	 * records the editor as the one who chose the current version, a choice the seed loader never overrides.
	 */
	@Override
	public void apply(NdcTargetForm form, NdcTarget target) {
		String country = form.getCountryIso2().strip();
		String label = form.getNdcLabel().strip();
		short versionYear = Objects.requireNonNull(form.getNdcVersionYear());
		NdcSubmission submission = this.submissions.findByCountryIso2AndLabel(country, label)
			.orElseGet(() -> new NdcSubmission(country, label, versionYear));
		if (form.isNdcCurrent()) {
			for (NdcSubmission current : this.submissions.findCurrentByCountry(country)) {
				if (!Objects.equals(current.getId(), submission.getId())) {
					current.unsetCurrent();
					this.submissions.saveAndFlush(current);
				}
			}
			// an editor's explicit choice, even of the version that was already current: the seed loader keeps it
			submission.chooseAsCurrent(signedInEditor());
		}
		submission.setVersionYear(versionYear);
		target.setSubmission(this.submissions.save(submission));
		form.copyTo(target);
	}

	/** The account saving the form, recorded as the one who chose the current version. */
	private static String signedInEditor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getName() != null) ? authentication.getName() : "an editor";
	}

	@Override
	public NdcTarget save(NdcTarget target) {
		return this.targets.save(target);
	}

	@Override
	public void delete(NdcTarget target) {
		this.targets.delete(target);
	}

	/** "PE updated NDC 2020, absolute 2030", as the seed loader names targets in the record of changes. */
	@Override
	public String labelOf(NdcTarget target) {
		NdcSubmission submission = target.getSubmission();
		String year = (target.getTargetYear() != null) ? " " + target.getTargetYear() : "";
		return submission.getCountryIso2() + " " + submission.getLabel() + ", " + target.getTargetType().code() + year;
	}

	@Override
	public Set<String> countriesOf(NdcTarget target) {
		return Set.of(target.getSubmission().getCountryIso2());
	}

	/** The notes speak of the target's own country only. */
	@Override
	public Stream<NdcTarget> all() {
		return this.targets.findAllWithSubmission().stream();
	}

	@Override
	public CheckedRecord contentOf(NdcTargetForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("ndcLabel", form.getNdcLabel());
		if (form.getNotes() != null && !form.getNotes().isBlank()) {
			texts.put("notes", form.getNotes());
		}
		if (form.getSourceTitle() != null && !form.getSourceTitle().isBlank()) {
			texts.put("sourceTitle", form.getSourceTitle());
		}
		@Nullable String country = form.getCountryIso2().isBlank() ? null : form.getCountryIso2();
		return new CheckedRecord(country, (country != null) ? Set.of(country) : Set.of(), texts, Set.of("notes"),
				form.getSourceUrl(), Map.of(), form.getLastReviewedOn());
	}

	@Override
	public void validate(NdcTargetForm form, Optional<NdcTarget> existing, Errors errors) {
		validate(form, existing, this.targets.findBySlug(form.getSlug()), errors);
	}

	/** The import looked every row's slug up at once: the record holding the slug, if any, is the existing one. */
	@Override
	public void validateImported(NdcTargetForm form, Optional<NdcTarget> existing, Errors errors) {
		validate(form, existing, existing, errors);
	}

	private void validate(NdcTargetForm form, Optional<NdcTarget> existing, Optional<NdcTarget> sameSlug, Errors errors) {
		form.validateSourced(errors, sameSlug, existing);
		if (!errors.hasFieldErrors("countryIso2") && this.countries.findByIso2(form.getCountryIso2()).isEmpty()) {
			errors.rejectValue("countryIso2", "admin.ndc.countryUnknown");
		}
		if (form.getReductionPctUpper() != null && !errors.hasFieldErrors("reductionPctUpper")) {
			if (form.getReductionPct() == null) {
				if (!errors.hasFieldErrors("reductionPct")) {
					errors.rejectValue("reductionPct", "admin.ndc.reductionPctRequiredForUpper");
				}
			}
			else if (form.getReductionPctUpper().compareTo(form.getReductionPct()) < 0) {
				errors.rejectValue("reductionPctUpper", "admin.ndc.reductionPctUpperBelowLower");
			}
		}
	}

}
