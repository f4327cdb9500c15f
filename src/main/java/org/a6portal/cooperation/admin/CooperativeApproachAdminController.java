package org.a6portal.cooperation.admin;

import java.util.List;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.CooperativeApproachRepository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/cooperative-approaches}: editors' list and forms for Article 6.2 approaches.
 */
@Controller
@RequestMapping("/admin/cooperative-approaches")
class CooperativeApproachAdminController extends RecordAdminController<CooperativeApproach, CooperativeApproachForm> {

	private final CooperativeApproachRepository approaches;

	private final AdminReferenceData referenceData;

	CooperativeApproachAdminController(CooperativeApproachRecords records, RecordEditing editing,
			CooperativeApproachRepository approaches, AdminReferenceData referenceData) {
		super(records, editing, "/admin/cooperative-approaches", "admin/cooperation");
		this.approaches = approaches;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<CooperativeApproach> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.approaches.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("title", "signedOn", "status", "updatedAt"), "title"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		this.referenceData.addSectors(model);
		model.addAttribute("instruments", Instrument.values());
		model.addAttribute("approachStatuses", ApproachStatus.values());
	}

}
