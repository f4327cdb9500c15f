package org.a6portal.sustainabledevelopment.admin;

import java.util.List;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.InitialReportRepository;
import org.a6portal.sustainabledevelopment.ReviewStatus;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/initial-reports}: editors' list and forms for Parties' Article 6.2 initial reports.
 */
@Controller
@RequestMapping("/admin/initial-reports")
class InitialReportAdminController extends RecordAdminController<InitialReport, InitialReportForm> {

	private final InitialReportRepository reports;

	private final AdminReferenceData referenceData;

	InitialReportAdminController(InitialReportRecords records, RecordEditing editing, InitialReportRepository reports,
			AdminReferenceData referenceData) {
		super(records, editing, "/admin/initial-reports", "admin/sd/reports");
		this.reports = reports;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<InitialReport> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.reports.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("countryIso2", "title", "submittedOn", "updatedAt"), "countryIso2"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		model.addAttribute("reviewStatuses", ReviewStatus.values());
	}

}
