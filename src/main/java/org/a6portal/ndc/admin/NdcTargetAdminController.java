package org.a6portal.ndc.admin;

import java.util.List;

import org.a6portal.admin.AdminReferenceData;
import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.a6portal.ndc.Lulucf;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.NdcTargetRepository;
import org.a6portal.ndc.TargetType;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/ndc-targets}: editors' list and forms for the targets of countries' NDCs.
 */
@Controller
@RequestMapping("/admin/ndc-targets")
class NdcTargetAdminController extends RecordAdminController<NdcTarget, NdcTargetForm> {

	/** The list's "country" column sorts by the country of the target's NDC version. */
	private static final String COUNTRY_SORT = "submission.countryIso2";

	private final NdcTargetRepository targets;

	private final AdminReferenceData referenceData;

	NdcTargetAdminController(NdcTargetRecords records, RecordEditing editing, NdcTargetRepository targets,
			AdminReferenceData referenceData) {
		super(records, editing, "/admin/ndc-targets", "admin/ndc");
		this.targets = targets;
		this.referenceData = referenceData;
	}

	@Override
	protected Page<NdcTarget> search(ListQuery query) {
		PublicationStatus status = (query.statusCode() != null)
				? CodedEnum.fromCode(PublicationStatus.class, query.statusCode()) : null;
		String sort = (query.sort() != null) ? query.sort().replaceFirst("^(-?)country$", "$1" + COUNTRY_SORT) : null;
		ListQuery sorted = new ListQuery(query.q(), query.status(), query.country(), query.region(), sort,
				query.page());
		return this.targets.search(query.text(), status, query.countryCode(),
				sorted.pageable(List.of("targetYear", "updatedAt", COUNTRY_SORT), COUNTRY_SORT));
	}

	@Override
	protected void addReferenceData(Model model) {
		this.referenceData.addCountries(model);
		model.addAttribute("targetTypes", TargetType.values());
		model.addAttribute("lulucfValues", Lulucf.values());
	}

}
