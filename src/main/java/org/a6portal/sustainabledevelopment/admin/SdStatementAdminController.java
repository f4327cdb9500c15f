package org.a6portal.sustainabledevelopment.admin;

import java.util.List;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.sustainabledevelopment.Mechanism;
import org.a6portal.sustainabledevelopment.SdStatement;
import org.a6portal.sustainabledevelopment.SdStatementRepository;
import org.a6portal.sustainabledevelopment.Topic;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/sd-statements}: editors' list and forms for sustainable-development statements.
 */
@Controller
@RequestMapping("/admin/sd-statements")
class SdStatementAdminController extends RecordAdminController<SdStatement, SdStatementForm> {

	private final SdStatementRepository statements;

	private final AdminReferenceData referenceData;

	SdStatementAdminController(SdStatementRecords records, RecordEditing editing, SdStatementRepository statements,
			AdminReferenceData referenceData) {
		super(records, editing, "/admin/sd-statements", "admin/sd");
		this.statements = statements;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<SdStatement> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.statements.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("countryIso2", "topic", "updatedAt"), "countryIso2"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		model.addAttribute("topics", Topic.values());
		model.addAttribute("mechanisms", Mechanism.values());
	}

}
