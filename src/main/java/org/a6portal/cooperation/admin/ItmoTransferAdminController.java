package org.a6portal.cooperation.admin;

import java.util.List;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.ItmoTransferRepository;
import org.a6portal.cooperation.MitigationActivityRepository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/itmo-transfers}: editors' list and forms for ITMO transfers. Article 6.2 events (agreements,
 * authorisations, issuances) have their own list at {@code /admin/itmo-events}, linked from this one.
 */
@Controller
@RequestMapping("/admin/itmo-transfers")
class ItmoTransferAdminController extends RecordAdminController<ItmoTransfer, ItmoTransferForm> {

	private final ItmoTransferRepository transfers;

	private final MitigationActivityRepository activities;

	private final ApproachChoices approaches;

	private final AdminReferenceData referenceData;

	ItmoTransferAdminController(ItmoTransferRecords records, RecordEditing editing, ItmoTransferRepository transfers,
			MitigationActivityRepository activities, ApproachChoices approaches, AdminReferenceData referenceData) {
		super(records, editing, "/admin/itmo-transfers", "admin/cooperation/transfers");
		this.transfers = transfers;
		this.activities = activities;
		this.approaches = approaches;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<ItmoTransfer> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.transfers.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("transferredOn", "quantityTco2e", "updatedAt"), "-transferredOn"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		this.approaches.addApproaches(model);
		model.addAttribute("activities", this.activities.findAllByOrderByTitle());
	}

}
