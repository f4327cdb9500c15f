package org.a6portal.cooperation.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.cooperation.MitigationActivityRepository;
import org.a6portal.sector.ActivityTypeRepository;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.record.RecordKind;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Mitigation activities as the editing service sees them: each belongs to a cooperative approach, whose Parties'
 * pages show it.
 */
@Component
class MitigationActivityRecords implements SourcedRecords<MitigationActivity, MitigationActivityForm> {

	private final MitigationActivityRepository activities;

	private final CooperativeApproachRepository approaches;

	private final ActivityTypeRepository activityTypes;

	MitigationActivityRecords(MitigationActivityRepository activities, CooperativeApproachRepository approaches,
			ActivityTypeRepository activityTypes) {
		this.activities = activities;
		this.approaches = approaches;
		this.activityTypes = activityTypes;
	}

	@Override
	public RecordKind kind() {
		return CooperationKinds.MITIGATION_ACTIVITY;
	}

	@Override
	public Class<MitigationActivityForm> formType() {
		return MitigationActivityForm.class;
	}

	@Override
	public Optional<MitigationActivity> find(String id) {
		return id.matches("\\d{1,18}") ? this.activities.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public Optional<MitigationActivity> findBySlug(String slug) {
		return this.activities.findBySlug(slug);
	}

	@Override
	public MitigationActivityForm newForm() {
		return new MitigationActivityForm();
	}

	@Override
	public MitigationActivity create(MitigationActivityForm form) {
		MitigationActivity activity = new MitigationActivity();
		apply(form, activity);
		return activity;
	}

	@Override
	public MitigationActivityForm toForm(MitigationActivity activity) {
		return MitigationActivityForm.of(activity);
	}

	@Override
	public void apply(MitigationActivityForm form, MitigationActivity activity) {
		form.copyTo(activity);
		String code = form.getActivityTypeCode();
		activity.setActivityType((code != null) ? this.activityTypes.findById(code).orElse(null) : null);
	}

	@Override
	public MitigationActivity save(MitigationActivity activity) {
		return this.activities.save(activity);
	}

	@Override
	public void delete(MitigationActivity activity) {
		this.activities.delete(activity);
	}

	@Override
	public String labelOf(MitigationActivity activity) {
		return activity.getTitle();
	}

	/** The Parties of its approach: their pages list it. */
	@Override
	public Set<String> countriesOf(MitigationActivity activity) {
		return this.approaches.findById(activity.getApproachId()).map(CooperativeApproach::partyCodes).orElse(Set.of());
	}

	@Override
	public Stream<MitigationActivity> all() {
		return this.activities.findAllByOrderByTitle().stream();
	}

	@Override
	public CheckedRecord contentOf(MitigationActivityForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", form.getTitle());
		Texts.putIfPresent(texts, "description", form.getDescription());
		Texts.putIfPresent(texts, "sourceTitle", form.getSourceTitle());
		Set<String> parties = (form.getApproachId() != null)
				? this.approaches.findById(form.getApproachId()).map(CooperativeApproach::partyCodes).orElse(Set.of())
				: Set.of();
		return new CheckedRecord(null, parties, texts, Set.of(), form.getSourceUrl(), Map.of(), form.getLastReviewedOn());
	}

	@Override
	public void validate(MitigationActivityForm form, Optional<MitigationActivity> existing, Errors errors) {
		form.validateSourced(errors, this.activities.findBySlug(form.getSlug()), existing);
		if (form.getApproachId() != null && this.approaches.findById(form.getApproachId()).isEmpty()) {
			errors.rejectValue("approachId", "admin.cooperation.approachUnknown");
		}
		String code = form.getActivityTypeCode();
		if (code != null && this.activityTypes.findById(code).isEmpty()) {
			errors.rejectValue("activityTypeCode", "admin.pacm.activityTypeUnknown");
		}
	}

	@Override
	public List<String> deletionEffects(MitigationActivity activity) {
		return (this.activities.countTransfers(activity.getId()) > 0) ? List.of("admin.activity.delete.transfers")
				: List.of();
	}

}
