package org.a6portal.cooperation.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.RecordEditing;
import org.a6portal.admin.SourcedRecords;
import org.a6portal.common.PublicationStatus;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.a6portal.cooperation.Participation;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.sector.SectorRepository;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.record.RecordKind;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Cooperative approaches as the editing service sees them.
 */
@Component
class CooperativeApproachRecords implements SourcedRecords<CooperativeApproach, CooperativeApproachForm> {

	private final CooperativeApproachRepository approaches;

	private final SectorRepository sectors;

	CooperativeApproachRecords(CooperativeApproachRepository approaches, SectorRepository sectors) {
		this.approaches = approaches;
		this.sectors = sectors;
	}

	@Override
	public RecordKind kind() {
		return CooperationKinds.COOPERATIVE_APPROACH;
	}

	@Override
	public Class<CooperativeApproachForm> formType() {
		return CooperativeApproachForm.class;
	}

	@Override
	public Optional<CooperativeApproach> find(String id) {
		return id.matches("\\d{1,18}") ? this.approaches.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public Optional<CooperativeApproach> findBySlug(String slug) {
		return this.approaches.findBySlug(slug);
	}

	@Override
	public java.util.Map<String, CooperativeApproach> findAllBySlug(java.util.Collection<String> slugs) {
		java.util.Map<String, CooperativeApproach> found = new java.util.HashMap<>();
		// in slices, so that no statement carries more parameters than PostgreSQL takes
		List<String> all = List.copyOf(slugs);
		for (int from = 0; from < all.size(); from += 1000) {
			this.approaches.findBySlugIn(all.subList(from, Math.min(from + 1000, all.size())))
				.forEach((record) -> found.put(record.getSlug(), record));
		}
		return found;
	}

	@Override
	public CooperativeApproachForm newForm() {
		return new CooperativeApproachForm();
	}

	@Override
	public CooperativeApproach create(CooperativeApproachForm form) {
		CooperativeApproach approach = new CooperativeApproach();
		apply(form, approach);
		return approach;
	}

	@Override
	public CooperativeApproachForm toForm(CooperativeApproach approach) {
		return CooperativeApproachForm.of(approach);
	}

	@Override
	public void apply(CooperativeApproachForm form, CooperativeApproach approach) {
		form.copyTo(approach);
		Set<Participation> parties = new LinkedHashSet<>();
		form.getTransferringParties().forEach((code) -> parties.add(new Participation(code, PartyRole.TRANSFERRING)));
		form.getAcquiringParties().forEach((code) -> parties.add(new Participation(code, PartyRole.ACQUIRING)));
		if (!new HashSet<>(approach.getParties()).equals(parties)) {
			// set only when they change: Hibernate rewrites the whole collection of a set it sees changed
			approach.setParties(parties);
		}
		Set<String> codes = new HashSet<>(form.getSectors());
		if (!codes.equals(approach.getSectors().stream().map((sector) -> sector.getCode()).collect(java.util.stream.Collectors.toSet()))) {
			// looked up only when they change: an import of thousands of rows asks for none it does not change
			approach.setSectors(new LinkedHashSet<>(this.sectors.findAllById(form.getSectors())));
		}
	}

	@Override
	public Optional<String> suggestSlug(CooperativeApproachForm form) {
		List<String> codes = new ArrayList<>();
		form.getAcquiringParties().stream().sorted().forEach(codes::add);
		form.getTransferringParties().stream().sorted().filter((code) -> !codes.contains(code)).forEach(codes::add);
		if (codes.isEmpty()) {
			String words = RecordEditing.slugWords(form.getTitle(), 5);
			return words.isEmpty() ? Optional.empty() : Optional.of("ca-" + words);
		}
		return Optional.of("ca-" + String.join("-", codes).toLowerCase(java.util.Locale.ROOT));
	}

	@Override
	public Map<String, String> countryListFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("transferringParties", "admin.approach.transferring");
		fields.put("acquiringParties", "admin.approach.acquiring");
		return fields;
	}

	@Override
	public CooperativeApproach save(CooperativeApproach approach) {
		return this.approaches.save(approach);
	}

	@Override
	public void delete(CooperativeApproach approach) {
		this.approaches.delete(approach);
	}

	@Override
	public java.util.Optional<String> publicPath(CooperativeApproach approach) {
		return java.util.Optional.of("/cooperative-approaches/" + approach.getSlug());
	}

	@Override
	public String labelOf(CooperativeApproach approach) {
		return approach.getTitle();
	}

	@Override
	public Set<String> countriesOf(CooperativeApproach approach) {
		return approach.partyCodes();
	}

	@Override
	public Stream<CooperativeApproach> all() {
		return this.approaches.findAllByOrderByTitle().stream();
	}

	@Override
	public CheckedRecord contentOf(CooperativeApproachForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", form.getTitle());
		putIfPresent(texts, "description", form.getDescription());
		putIfPresent(texts, "sectorScope", form.getSectorScope());
		putIfPresent(texts, "notes", form.getNotes());
		putIfPresent(texts, "sourceTitle", form.getSourceTitle());
		Set<String> parties = new HashSet<>(form.getTransferringParties());
		parties.addAll(form.getAcquiringParties());
		return new CheckedRecord(null, parties, texts, Set.of(), form.getSourceUrl(), Map.of(), form.getLastReviewedOn());
	}

	@Override
	public void validate(CooperativeApproachForm form, Optional<CooperativeApproach> existing, Errors errors) {
		validate(form, existing, this.approaches.findBySlug(form.getSlug()), errors);
	}

	/** The import looked every row's slug up at once: the record holding the slug, if any, is the existing one. */
	@Override
	public void validateImported(CooperativeApproachForm form, Optional<CooperativeApproach> existing, Errors errors) {
		validate(form, existing, existing, errors);
	}

	private void validate(CooperativeApproachForm form, Optional<CooperativeApproach> existing, Optional<CooperativeApproach> sameSlug, Errors errors) {
		form.validateSourced(errors, sameSlug, existing);
		List<String> both = new ArrayList<>(form.getTransferringParties());
		both.retainAll(form.getAcquiringParties());
		if (!both.isEmpty()) {
			errors.rejectValue("acquiringParties", "admin.approach.partyInBothRoles", new Object[] { String.join(", ", both) },
					null);
		}
		if (form.getPublicationStatus() == PublicationStatus.PUBLISHED) {
			if (form.getTransferringParties().isEmpty()) {
				errors.rejectValue("transferringParties", "admin.approach.transferringRequired");
			}
			if (form.getAcquiringParties().isEmpty()) {
				errors.rejectValue("acquiringParties", "admin.approach.acquiringRequired");
			}
		}
		if (form.getSignedOn() != null && form.getInForceOn() != null && form.getInForceOn().isBefore(form.getSignedOn())) {
			errors.rejectValue("inForceOn", "admin.approach.inForceBeforeSigned");
		}
	}

	@Override
	public List<String> deletionEffects(CooperativeApproach approach) {
		List<String> effects = new ArrayList<>();
		effects.add("admin.approach.delete.parties");
		if (this.approaches.countActivities(approach.getId()) > 0) {
			effects.add("admin.approach.delete.activities");
		}
		if (this.approaches.countTransfers(approach.getId()) > 0) {
			effects.add("admin.approach.delete.transfers");
		}
		return effects;
	}

	private static void putIfPresent(Map<String, String> texts, String field, String value) {
		if (value != null && !value.isBlank()) {
			texts.put(field, value);
		}
	}

}
