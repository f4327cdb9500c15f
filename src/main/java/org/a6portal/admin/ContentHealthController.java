package org.a6portal.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.a6portal.contenthealth.ContentHealthCheck;
import org.a6portal.contenthealth.ContentWarning;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/content-health}: every content warning across the portal, each linked to the form that fixes it.
 */
@Controller
class ContentHealthController {

	/** Where each kind of record is edited. */
	static final Map<String, String> EDIT_PATHS = Map.of("country", "/admin/countries", "cooperative_approach",
			"/admin/cooperative-approaches", "pacm_activity", "/admin/pacm-activities", "ndc_target", "/admin/ndc-targets",
			"sd_statement", "/admin/sd-statements", "capacity_building_project", "/admin/capacity-building", "sector",
			"/admin/sectors");

	private final RecordEditing editing;

	ContentHealthController(RecordEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/content-health")
	@Transactional(readOnly = true)
	String contentHealth(Model model) {
		ContentHealthCheck checker = this.editing.checker();
		List<Finding> findings = new ArrayList<>();
		for (EditableRecords<?, ?> kind : this.editing.kinds()) {
			collect(kind, checker, findings);
		}
		findings.sort(Comparator.comparing(Finding::kind).thenComparing(Finding::label));
		model.addAttribute("findings", findings);
		model.addAttribute("warningCount", findings.stream().mapToInt((finding) -> finding.warnings().size()).sum());
		return "admin/content-health";
	}

	private <E, F extends RecordForm> void collect(EditableRecords<E, F> kind, ContentHealthCheck checker,
			List<Finding> findings) {
		kind.all().forEach((entity) -> {
			List<ContentWarning> warnings = this.editing.warnings(kind, kind.toForm(entity), checker);
			if (!warnings.isEmpty()) {
				String path = EDIT_PATHS.getOrDefault(kind.entityType(), "/admin");
				findings.add(new Finding(kind.entityType(), kind.labelOf(entity),
						path + "/" + kind.idOf(entity) + "/edit", kind.isPublished(entity), warnings));
			}
		});
	}

	/**
	 * @param kind the kind of record
	 * @param label its title
	 * @param editPath the form that fixes it
	 * @param published whether the public sees it
	 * @param warnings what to look at
	 */
	record Finding(String kind, String label, String editPath, boolean published, List<ContentWarning> warnings) {
	}

}
