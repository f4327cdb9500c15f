package org.a6portal.cooperation.admin;

import java.util.List;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.cooperation.ItmoEventRepository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/itmo-events}: editors' list and forms for Article 6.2 events, each under its approach or its host.
 */
@Controller
@RequestMapping("/admin/itmo-events")
class ItmoEventAdminController extends RecordAdminController<ItmoEvent, ItmoEventForm> {

	private final ItmoEventRepository events;

	private final ApproachChoices approaches;

	private final AdminReferenceData referenceData;

	ItmoEventAdminController(ItmoEventRecords records, RecordEditing editing, ItmoEventRepository events,
			ApproachChoices approaches, AdminReferenceData referenceData) {
		super(records, editing, "/admin/itmo-events", "admin/cooperation/events");
		this.events = events;
		this.approaches = approaches;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<ItmoEvent> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.events.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("eventOn", "kind", "updatedAt"), "-eventOn", "slug"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		this.approaches.addApproaches(model);
		model.addAttribute("eventKinds", ItmoEventForm.KINDS);
		model.addAttribute("volumeMeanings", ItmoEventForm.VOLUME_MEANINGS);
	}

}
