package org.a6portal.cooperation.admin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.country.CountryRepository;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.ItmoTransferRepository;
import org.a6portal.cooperation.MitigationActivityRepository;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.record.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * ITMO transfers as the editing service sees them: each belongs to a cooperative approach, whose Parties' pages show
 * it, and may name one of the approach's mitigation activities.
 */
@Component
class ItmoTransferRecords implements SourcedRecords<ItmoTransfer, ItmoTransferForm> {

	private final ItmoTransferRepository transfers;

	private final CooperativeApproachRepository approaches;

	private final MitigationActivityRepository activities;

	private final CountryRepository countries;

	ItmoTransferRecords(ItmoTransferRepository transfers, CooperativeApproachRepository approaches,
			MitigationActivityRepository activities, CountryRepository countries) {
		this.transfers = transfers;
		this.approaches = approaches;
		this.activities = activities;
		this.countries = countries;
	}

	@Override
	public RecordKind kind() {
		return CooperationKinds.ITMO_TRANSFER;
	}

	@Override
	public Class<ItmoTransferForm> formType() {
		return ItmoTransferForm.class;
	}

	@Override
	public Optional<ItmoTransfer> find(String id) {
		return id.matches("\\d{1,18}") ? this.transfers.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public Optional<ItmoTransfer> findBySlug(String slug) {
		return this.transfers.findBySlug(slug);
	}

	@Override
	public ItmoTransferForm newForm() {
		return new ItmoTransferForm();
	}

	@Override
	public ItmoTransfer create(ItmoTransferForm form) {
		ItmoTransfer transfer = new ItmoTransfer();
		apply(form, transfer);
		return transfer;
	}

	@Override
	public ItmoTransferForm toForm(ItmoTransfer transfer) {
		return ItmoTransferForm.of(transfer);
	}

	@Override
	public void apply(ItmoTransferForm form, ItmoTransfer transfer) {
		form.copyTo(transfer);
	}

	@Override
	public ItmoTransfer save(ItmoTransfer transfer) {
		return this.transfers.save(transfer);
	}

	@Override
	public void delete(ItmoTransfer transfer) {
		this.transfers.delete(transfer);
	}

	/** "PE → CH, 2023-12-01, 1916 tCO2e". */
	@Override
	public String labelOf(ItmoTransfer transfer) {
		return transfer.getFromIso2() + " → " + transfer.getToIso2() + ", " + transfer.getTransferredOn() + ", "
				+ transfer.getQuantityTco2e().stripTrailingZeros().toPlainString() + " tCO2e";
	}

	@Override
	public Set<String> countriesOf(ItmoTransfer transfer) {
		Set<String> codes = new LinkedHashSet<>(List.of(transfer.getFromIso2(), transfer.getToIso2()));
		this.approaches.findById(transfer.getApproachId()).ifPresent((approach) -> codes.addAll(approach.partyCodes()));
		return codes;
	}

	@Override
	public Stream<ItmoTransfer> all() {
		return this.transfers.findAllByOrderByTransferredOnDesc().stream();
	}

	/** A transfer has no text of its own: its source is what is checked. */
	@Override
	public CheckedRecord contentOf(ItmoTransferForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		Texts.putIfPresent(texts, "sourceTitle", form.getSourceTitle());
		Set<String> parties = new LinkedHashSet<>();
		if (form.getApproachId() != null) {
			this.approaches.findById(form.getApproachId()).map(CooperativeApproach::partyCodes).ifPresent(parties::addAll);
		}
		return new CheckedRecord(null, parties, texts, Set.of(), form.getSourceUrl(), Map.of(), form.getLastReviewedOn());
	}

	@Override
	public void validate(ItmoTransferForm form, Optional<ItmoTransfer> existing, Errors errors) {
		form.validateSourced(errors, this.transfers.findBySlug(form.getSlug()), existing);
		@Nullable CooperativeApproach approach = (form.getApproachId() != null)
				? this.approaches.findById(form.getApproachId()).orElse(null) : null;
		if (form.getApproachId() != null && approach == null) {
			errors.rejectValue("approachId", "admin.cooperation.approachUnknown");
		}
		if (form.getActivityId() != null) {
			boolean ofApproach = this.activities.findById(form.getActivityId())
				.filter((activity) -> approach == null || activity.getApproachId() == approach.getId())
				.isPresent();
			if (!ofApproach) {
				errors.rejectValue("activityId", "admin.transfer.activityNotOfApproach");
			}
		}
		for (String field : List.of("fromIso2", "toIso2")) {
			String code = "fromIso2".equals(field) ? form.getFromIso2() : form.getToIso2();
			if (!errors.hasFieldErrors(field) && this.countries.findByIso2(code).isEmpty()) {
				errors.rejectValue(field, "admin.cooperation.countryUnknown");
			}
		}
		if (!errors.hasFieldErrors("toIso2") && !form.getToIso2().isBlank() && form.getToIso2().equals(form.getFromIso2())) {
			errors.rejectValue("toIso2", "admin.transfer.sameParty");
		}
	}

}
