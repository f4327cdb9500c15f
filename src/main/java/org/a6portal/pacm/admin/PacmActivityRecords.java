package org.a6portal.pacm.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.RecordEditing;
import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.country.CountryRepository;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.PacmActivityRepository;
import org.a6portal.sector.ActivityTypeRepository;
import org.a6portal.pacm.PacmKinds;
import org.a6portal.record.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * PACM activities as the editing service sees them.
 */
@Component
class PacmActivityRecords implements SourcedRecords<PacmActivity, PacmActivityForm> {

	private final PacmActivityRepository activities;

	private final ActivityTypeRepository activityTypes;

	private final CountryRepository countries;

	PacmActivityRecords(PacmActivityRepository activities, ActivityTypeRepository activityTypes,
			CountryRepository countries) {
		this.activities = activities;
		this.activityTypes = activityTypes;
		this.countries = countries;
	}

	@Override
	public RecordKind kind() {
		return PacmKinds.PACM_ACTIVITY;
	}

	@Override
	public Class<PacmActivityForm> formType() {
		return PacmActivityForm.class;
	}

	@Override
	public Optional<PacmActivity> find(String id) {
		return id.matches("\\d{1,18}") ? this.activities.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public Optional<PacmActivity> findBySlug(String slug) {
		return this.activities.findBySlug(slug);
	}

	@Override
	public java.util.Map<String, PacmActivity> findAllBySlug(java.util.Collection<String> slugs) {
		java.util.Map<String, PacmActivity> found = new java.util.HashMap<>();
		// in slices, so that no statement carries more parameters than PostgreSQL takes
		List<String> all = List.copyOf(slugs);
		for (int from = 0; from < all.size(); from += 1000) {
			this.activities.findBySlugIn(all.subList(from, Math.min(from + 1000, all.size())))
				.forEach((record) -> found.put(record.getSlug(), record));
		}
		return found;
	}

	@Override
	public PacmActivityForm newForm() {
		return new PacmActivityForm();
	}

	@Override
	public PacmActivity create(PacmActivityForm form) {
		PacmActivity activity = new PacmActivity();
		apply(form, activity);
		return activity;
	}

	@Override
	public PacmActivityForm toForm(PacmActivity activity) {
		return PacmActivityForm.of(activity);
	}

	@Override
	public void apply(PacmActivityForm form, PacmActivity activity) {
		form.copyTo(activity);
		String code = form.getActivityTypeCode();
		activity.setActivityType((code != null) ? this.activityTypes.findById(code).orElse(null) : null);
	}

	@Override
	public Optional<String> suggestSlug(PacmActivityForm form) {
		String words = RecordEditing.slugWords(form.getTitle(), 5);
		String host = form.getHostIso2().toLowerCase(java.util.Locale.ROOT);
		return (words.isEmpty() || host.isBlank()) ? Optional.empty() : Optional.of("pacm-" + host + "-" + words);
	}

	@Override
	public PacmActivity save(PacmActivity activity) {
		return this.activities.save(activity);
	}

	@Override
	public void delete(PacmActivity activity) {
		this.activities.delete(activity);
	}

	@Override
	public java.util.Optional<String> publicPath(PacmActivity activity) {
		return java.util.Optional.of("/pacm-activities/" + activity.getSlug());
	}

	@Override
	public String labelOf(PacmActivity activity) {
		return activity.getTitle();
	}

	@Override
	public Set<String> countriesOf(PacmActivity activity) {
		return Set.of(activity.getHostIso2());
	}

	@Override
	public Stream<PacmActivity> all() {
		return this.activities.streamAllByOrderByTitle();
	}

	@Override
	public CheckedRecord contentOf(PacmActivityForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", form.getTitle());
		putIfPresent(texts, "methodology", form.getMethodology());
		putIfPresent(texts, "notes", form.getNotes());
		putIfPresent(texts, "sourceTitle", form.getSourceTitle());
		@Nullable String host = form.getHostIso2().isBlank() ? null : form.getHostIso2();
		return new CheckedRecord(host, (host != null) ? Set.of(host) : Set.of(), texts, Set.of(), form.getSourceUrl(),
				Map.of(), form.getLastReviewedOn());
	}

	@Override
	public void validate(PacmActivityForm form, Optional<PacmActivity> existing, Errors errors) {
		validate(form, existing, this.activities.findBySlug(form.getSlug()), errors);
	}

	/** The import looked every row's slug up at once: the record holding the slug, if any, is the existing one. */
	@Override
	public void validateImported(PacmActivityForm form, Optional<PacmActivity> existing, Errors errors) {
		validate(form, existing, existing, errors);
	}

	private void validate(PacmActivityForm form, Optional<PacmActivity> existing, Optional<PacmActivity> sameSlug, Errors errors) {
		form.validateSourced(errors, sameSlug, existing);
		if (!errors.hasFieldErrors("hostIso2") && this.countries.findByIso2(form.getHostIso2()).isEmpty()) {
			errors.rejectValue("hostIso2", "admin.pacm.hostUnknown");
		}
		String code = form.getActivityTypeCode();
		if (code != null && this.activityTypes.findById(code).isEmpty()) {
			errors.rejectValue("activityTypeCode", "admin.pacm.activityTypeUnknown");
		}
		String reference = form.getUnfcccReference();
		if (reference != null && !reference.isBlank() && !errors.hasFieldErrors("unfcccReference")) {
			this.activities.findByUnfcccReference(reference.strip())
				.filter((other) -> existing.isEmpty() || !other.getId().equals(existing.get().getId()))
				.ifPresent((other) -> errors.rejectValue("unfcccReference", "admin.pacm.unfcccReferenceTaken",
						new Object[] { other.getTitle() }, null));
		}
		validateParties(form, errors);
		if (form.getCreditingStart() != null && form.getCreditingEnd() != null
				&& form.getCreditingEnd().isBefore(form.getCreditingStart())) {
			errors.rejectValue("creditingEnd", "admin.pacm.creditingEndBeforeStart");
		}
	}

	/** Known Parties only, and none both authorising and acquiring (the table holds one role per Party). */
	private void validateParties(PacmActivityForm form, Errors errors) {
		for (String field : List.of("authorizingParties", "acquiringParties")) {
			List<String> codes = "authorizingParties".equals(field) ? form.getAuthorizingParties() : form.getAcquiringParties();
			codes.stream()
				.filter((code) -> !code.matches("[A-Z]{2}") || this.countries.findByIso2(code).isEmpty())
				.findFirst()
				.ifPresent((code) -> errors.rejectValue(field, "admin.pacm.partyUnknown", new Object[] { code }, null));
		}
		form.getAcquiringParties()
			.stream()
			.filter(form.getAuthorizingParties()::contains)
			.findFirst()
			.filter((code) -> !errors.hasFieldErrors("acquiringParties"))
			.ifPresent((code) -> errors.rejectValue("acquiringParties", "admin.pacm.partyInBothRoles",
					new Object[] { code }, null));
	}

	private static void putIfPresent(Map<String, String> texts, String field, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			texts.put(field, value);
		}
	}

	@Override
	public Map<String, String> countryListFields() {
		// a save that takes a Party out of either list says so in its confirmation
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("authorizingParties", "admin.pacm.authorizingParties");
		fields.put("acquiringParties", "admin.pacm.acquiringParties");
		return fields;
	}

}
