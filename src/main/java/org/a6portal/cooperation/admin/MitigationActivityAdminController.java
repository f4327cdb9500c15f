package org.a6portal.cooperation.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.cooperation.AuthorizedUse;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.cooperation.MitigationActivityRepository;
import org.a6portal.sector.ActivityType;
import org.a6portal.sector.ActivityTypeRepository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/mitigation-activities}: editors' list and forms for the mitigation activities of cooperative approaches.
 */
@Controller
@RequestMapping("/admin/mitigation-activities")
class MitigationActivityAdminController extends RecordAdminController<MitigationActivity, MitigationActivityForm> {

	private final MitigationActivityRepository activities;

	private final ActivityTypeRepository activityTypes;

	private final ApproachChoices approaches;

	private final AdminReferenceData referenceData;

	MitigationActivityAdminController(MitigationActivityRecords records, RecordEditing editing,
			MitigationActivityRepository activities, ActivityTypeRepository activityTypes, ApproachChoices approaches,
			AdminReferenceData referenceData) {
		super(records, editing, "/admin/mitigation-activities", "admin/cooperation/activities");
		this.activities = activities;
		this.activityTypes = activityTypes;
		this.approaches = approaches;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<MitigationActivity> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.activities.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("title", "authorizedOn", "updatedAt"), "title"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		this.approaches.addApproaches(model);
		model.addAttribute("authorizedUses", AuthorizedUse.values());
		Map<String, List<ActivityType>> groups = new LinkedHashMap<>();
		for (ActivityType type : this.activityTypes.findAllInSectorOrder()) {
			groups.computeIfAbsent(type.getSector().getCode(), (code) -> new ArrayList<>()).add(type);
		}
		model.addAttribute("activityTypesBySector", groups);
	}

}
