package org.a6portal.cooperation.admin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.country.CountryRepository;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.cooperation.ItmoEventRepository;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.record.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Article 6.2 events as the editing service sees them: an event of an approach is on its Parties' pages, one of no
 * approach on its host's page.
 */
@Component
class ItmoEventRecords implements SourcedRecords<ItmoEvent, ItmoEventForm> {

	private final ItmoEventRepository events;

	private final CooperativeApproachRepository approaches;

	private final CountryRepository countries;

	ItmoEventRecords(ItmoEventRepository events, CooperativeApproachRepository approaches, CountryRepository countries) {
		this.events = events;
		this.approaches = approaches;
		this.countries = countries;
	}

	@Override
	public RecordKind kind() {
		return CooperationKinds.ITMO_EVENT;
	}

	@Override
	public Class<ItmoEventForm> formType() {
		return ItmoEventForm.class;
	}

	@Override
	public Optional<ItmoEvent> find(String id) {
		return id.matches("\\d{1,18}") ? this.events.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public Optional<ItmoEvent> findBySlug(String slug) {
		return this.events.findBySlug(slug);
	}

	@Override
	public ItmoEventForm newForm() {
		return new ItmoEventForm();
	}

	@Override
	public ItmoEvent create(ItmoEventForm form) {
		ItmoEvent event = new ItmoEvent();
		apply(form, event);
		return event;
	}

	@Override
	public ItmoEventForm toForm(ItmoEvent event) {
		return ItmoEventForm.of(event);
	}

	@Override
	public void apply(ItmoEventForm form, ItmoEvent event) {
		form.copyTo(event);
	}

	@Override
	public ItmoEvent save(ItmoEvent event) {
		return this.events.save(event);
	}

	@Override
	public void delete(ItmoEvent event) {
		this.events.delete(event);
	}

	/** "GH authorisation: first authorisation of ITMOs". */
	@Override
	public String labelOf(ItmoEvent event) {
		String description = event.getDescription();
		return event.getHostIso2() + " " + event.getKind() + ": "
				+ ((description.length() > 80) ? description.substring(0, 79) + "…" : description);
	}

	@Override
	public Set<String> countriesOf(ItmoEvent event) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(event.getHostIso2());
		if (event.getAcquiringIso2() != null) {
			codes.add(event.getAcquiringIso2());
		}
		if (event.getApproachId() != null) {
			this.approaches.findById(event.getApproachId()).ifPresent((approach) -> codes.addAll(approach.partyCodes()));
		}
		return codes;
	}

	@Override
	public Stream<ItmoEvent> all() {
		return this.events.findAllByOrderBySlug().stream();
	}

	@Override
	public CheckedRecord contentOf(ItmoEventForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("description", form.getDescription());
		Texts.putIfPresent(texts, "activityTitle", form.getActivityTitle());
		Texts.putIfPresent(texts, "eventDateNote", form.getEventDateNote());
		Texts.putIfPresent(texts, "volumeNote", form.getVolumeNote());
		Texts.putIfPresent(texts, "notes", form.getNotes());
		Texts.putIfPresent(texts, "sourceTitle", form.getSourceTitle());
		Set<String> named = new LinkedHashSet<>();
		if (!form.getHostIso2().isBlank()) {
			named.add(form.getHostIso2());
		}
		if (form.getAcquiringIso2() != null) {
			named.add(form.getAcquiringIso2());
		}
		if (form.getApproachId() != null) {
			this.approaches.findById(form.getApproachId()).map(CooperativeApproach::partyCodes).ifPresent(named::addAll);
		}
		@Nullable String host = form.getHostIso2().isBlank() ? null : form.getHostIso2();
		return new CheckedRecord(host, named, texts, Set.of(), form.getSourceUrl(), Map.of(), form.getLastReviewedOn());
	}

	@Override
	public void validate(ItmoEventForm form, Optional<ItmoEvent> existing, Errors errors) {
		form.validateSourced(errors, this.events.findBySlug(form.getSlug()), existing);
		if (form.getApproachId() != null && this.approaches.findById(form.getApproachId()).isEmpty()) {
			errors.rejectValue("approachId", "admin.cooperation.approachUnknown");
		}
		if (!errors.hasFieldErrors("hostIso2") && this.countries.findByIso2(form.getHostIso2()).isEmpty()) {
			errors.rejectValue("hostIso2", "admin.cooperation.countryUnknown");
		}
		String acquirer = form.getAcquiringIso2();
		if (acquirer != null && !errors.hasFieldErrors("acquiringIso2")) {
			if (this.countries.findByIso2(acquirer).isEmpty()) {
				errors.rejectValue("acquiringIso2", "admin.cooperation.countryUnknown");
			}
			else if (acquirer.equals(form.getHostIso2())) {
				errors.rejectValue("acquiringIso2", "admin.event.acquirerIsHost");
			}
		}
		boolean hasVolume = form.getVolumeTco2e() != null;
		boolean hasMeaning = form.getVolumeMeaning() != null;
		if (hasVolume && !hasMeaning && !errors.hasFieldErrors("volumeMeaning")) {
			errors.rejectValue("volumeMeaning", "admin.event.volumeMeaningRequired");
		}
		if (!hasVolume && hasMeaning && !errors.hasFieldErrors("volumeTco2e")) {
			errors.rejectValue("volumeTco2e", "admin.event.volumeRequired");
		}
	}

}
