package org.a6portal.capacitybuilding.admin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.RecordEditing;
import org.a6portal.admin.SourcedRecords;
import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.a6portal.capacitybuilding.CapacityBuildingProjectRepository;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.capacitybuilding.CapacityBuildingKinds;
import org.a6portal.record.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Capacity-building projects as the editing service sees them.
 */
@Component
class CapacityBuildingProjectRecords implements SourcedRecords<CapacityBuildingProject, CapacityBuildingProjectForm> {

	private final CapacityBuildingProjectRepository projects;

	CapacityBuildingProjectRecords(CapacityBuildingProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public RecordKind kind() {
		return CapacityBuildingKinds.CAPACITY_BUILDING_PROJECT;
	}

	@Override
	public Class<CapacityBuildingProjectForm> formType() {
		return CapacityBuildingProjectForm.class;
	}

	@Override
	public Optional<CapacityBuildingProject> findBySlug(String slug) {
		return this.projects.findBySlug(slug);
	}

	@Override
	public java.util.Map<String, CapacityBuildingProject> findAllBySlug(java.util.Collection<String> slugs) {
		java.util.Map<String, CapacityBuildingProject> found = new java.util.HashMap<>();
		// in slices, so that no statement carries more parameters than PostgreSQL takes
		List<String> all = List.copyOf(slugs);
		for (int from = 0; from < all.size(); from += 1000) {
			this.projects.findBySlugIn(all.subList(from, Math.min(from + 1000, all.size())))
				.forEach((record) -> found.put(record.getSlug(), record));
		}
		return found;
	}

	@Override
	public Stream<CapacityBuildingProject> all() {
		return this.projects.findAllByOrderByTitle().stream();
	}

	@Override
	public Optional<CapacityBuildingProject> find(String id) {
		return id.matches("\\d{1,18}") ? this.projects.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public CapacityBuildingProjectForm newForm() {
		return new CapacityBuildingProjectForm();
	}

	@Override
	public CapacityBuildingProject create(CapacityBuildingProjectForm form) {
		CapacityBuildingProject project = new CapacityBuildingProject();
		apply(form, project);
		return project;
	}

	@Override
	public CapacityBuildingProjectForm toForm(CapacityBuildingProject project) {
		return CapacityBuildingProjectForm.of(project);
	}

	@Override
	public void apply(CapacityBuildingProjectForm form, CapacityBuildingProject project) {
		form.copyTo(project);
		project.setCountryIso2s(new LinkedHashSet<>(form.getCountries()));
	}

	@Override
	public Optional<String> suggestSlug(CapacityBuildingProjectForm form) {
		String words = RecordEditing.slugWords(form.getTitle(), 5);
		return words.isEmpty() ? Optional.empty() : Optional.of("cb-" + words);
	}

	@Override
	public Map<String, String> countryListFields() {
		return Map.of("countries", "admin.capacity.countries");
	}

	@Override
	public CapacityBuildingProject save(CapacityBuildingProject project) {
		return this.projects.save(project);
	}

	@Override
	public void delete(CapacityBuildingProject project) {
		this.projects.delete(project);
	}

	@Override
	public java.util.Optional<String> publicPath(CapacityBuildingProject project) {
		return java.util.Optional.of("/capacity-building/" + project.getSlug());
	}

	@Override
	public String labelOf(CapacityBuildingProject project) {
		return project.getTitle();
	}

	@Override
	public Set<String> countriesOf(CapacityBuildingProject project) {
		return project.getCountryIso2s();
	}

	@Override
	public CheckedRecord contentOf(CapacityBuildingProjectForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", form.getTitle());
		putIfPresent(texts, "summary", form.getSummary());
		putIfPresent(texts, "sourceTitle", form.getSourceTitle());
		Map<String, String> links = new LinkedHashMap<>();
		putIfPresent(links, "url", form.getUrl());
		return new CheckedRecord(null, new LinkedHashSet<>(form.getCountries()), texts, Set.of(), form.getSourceUrl(),
				links, form.getLastReviewedOn());
	}

	@Override
	public void validate(CapacityBuildingProjectForm form, Optional<CapacityBuildingProject> existing, Errors errors) {
		validate(form, existing, this.projects.findBySlug(form.getSlug()), errors);
	}

	/** The import looked every row's slug up at once: the record holding the slug, if any, is the existing one. */
	@Override
	public void validateImported(CapacityBuildingProjectForm form, Optional<CapacityBuildingProject> existing, Errors errors) {
		validate(form, existing, existing, errors);
	}

	private void validate(CapacityBuildingProjectForm form, Optional<CapacityBuildingProject> existing, Optional<CapacityBuildingProject> sameSlug, Errors errors) {
		form.validateSourced(errors, sameSlug, existing);
		if (form.getStartedOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartedOn())) {
			errors.rejectValue("endsOn", "admin.capacity.endsBeforeStart");
		}
	}

	@Override
	public List<String> deletionEffects(CapacityBuildingProject project) {
		return List.of("admin.capacity.delete.countries");
	}

	private static void putIfPresent(Map<String, String> texts, String field, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			texts.put(field, value);
		}
	}

}
