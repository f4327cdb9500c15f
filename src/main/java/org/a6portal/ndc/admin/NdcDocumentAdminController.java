package org.a6portal.ndc.admin;

import java.util.List;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.ndc.NdcDocument;
import org.a6portal.ndc.NdcDocumentRepository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/ndc-submissions}: editors' list and forms for the NDC documents of the UNFCCC registry (the versions
 * Parties submitted; a country page names its current one).
 */
@Controller
@RequestMapping("/admin/ndc-submissions")
class NdcDocumentAdminController extends RecordAdminController<NdcDocument, NdcDocumentForm> {

	private final NdcDocumentRepository documents;

	private final AdminReferenceData referenceData;

	NdcDocumentAdminController(NdcDocumentRecords records, RecordEditing editing, NdcDocumentRepository documents,
			AdminReferenceData referenceData) {
		super(records, editing, "/admin/ndc-submissions", "admin/ndc/documents");
		this.documents = documents;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<NdcDocument> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		return this.documents.search(query.text(), status, query.countryCode(),
				query.pageable(List.of("countryIso2", "submittedOn", "updatedAt"), "countryIso2"));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		model.addAttribute("registryStatuses", List.of("active", "archived"));
		model.addAttribute("languages", List.of("English", "French", "Spanish", "Russian", "Arabic", "Chinese"));
	}

}
