package org.a6portal.capacitybuilding.admin;

import java.util.List;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.a6portal.capacitybuilding.CapacityBuildingProjectRepository;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/capacity-building}: editors' list and forms for capacity-building projects.
 */
@Controller
@RequestMapping("/admin/capacity-building")
class CapacityBuildingAdminController
		extends RecordAdminController<CapacityBuildingProject, CapacityBuildingProjectForm> {

	private final CapacityBuildingProjectRepository projects;

	private final AdminReferenceData referenceData;

	CapacityBuildingAdminController(CapacityBuildingProjectRecords records, RecordEditing editing,
			CapacityBuildingProjectRepository projects, AdminReferenceData referenceData) {
		super(records, editing, "/admin/capacity-building", "admin/capacitybuilding");
		this.projects = projects;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<CapacityBuildingProject> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.projects.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("title", "startedOn", "updatedAt"), "title"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
	}

}
