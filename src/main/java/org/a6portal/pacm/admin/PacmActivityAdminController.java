package org.a6portal.pacm.admin;

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
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.PacmActivityRepository;
import org.a6portal.pacm.Scale;
import org.a6portal.pacm.Stage;
import org.a6portal.sector.ActivityType;
import org.a6portal.sector.ActivityTypeRepository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/pacm-activities}: editors' list and forms for Article 6.4 activities.
 */
@Controller
@RequestMapping("/admin/pacm-activities")
class PacmActivityAdminController extends RecordAdminController<PacmActivity, PacmActivityForm> {

	private final PacmActivityRepository activities;

	private final ActivityTypeRepository activityTypes;

	private final AdminReferenceData referenceData;

	PacmActivityAdminController(PacmActivityRecords records, RecordEditing editing, PacmActivityRepository activities,
			ActivityTypeRepository activityTypes, AdminReferenceData referenceData) {
		super(records, editing, "/admin/pacm-activities", "admin/pacm");
		this.activities = activities;
		this.activityTypes = activityTypes;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<PacmActivity> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.activities.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("title", "stage", "stageOn", "updatedAt"), "title"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		model.addAttribute("origins", Origin.values());
		model.addAttribute("activityForms", ActivityForm.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("scales", Scale.values());
		model.addAttribute("activityTypesBySector", activityTypesBySector());
	}

	/** The activity types to pick from, grouped under their sector's code, sectors in their order. */
	private Map<String, List<ActivityType>> activityTypesBySector() {
		Map<String, List<ActivityType>> groups = new LinkedHashMap<>();
		for (ActivityType type : this.activityTypes.findAllInSectorOrder()) {
			groups.computeIfAbsent(type.getSector().getCode(), (code) -> new ArrayList<>()).add(type);
		}
		return groups;
	}

}
