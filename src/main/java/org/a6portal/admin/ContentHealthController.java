package org.a6portal.admin;

import java.util.List;

import org.a6portal.admin.ContentHealthReport.Finding;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/content-health}: every content warning across the portal, each linked to the form that fixes it, a
 * page at a time.
 */
@Controller
class ContentHealthController {

	private final ContentHealthReport report;

	ContentHealthController(ContentHealthReport report) {
		this.report = report;
	}

	@GetMapping("/admin/content-health")
	String contentHealth(ListQuery query, Model model) {
		List<Finding> findings = this.report.findings();
		model.addAttribute("results", pageOf(findings, query));
		model.addAttribute("findingCount", findings.size());
		model.addAttribute("warningCount", findings.stream().mapToInt((finding) -> finding.warnings().size()).sum());
		model.addAttribute("query", query);
		model.addAttribute("basePath", "/admin/content-health");
		return "admin/content-health";
	}

	/** One page of findings, as long as an admin list's; past the last page, the last page. */
	private static Page<Finding> pageOf(List<Finding> findings, ListQuery query) {
		int lastPage = Math.max(0, (findings.size() - 1) / ListQuery.PAGE_SIZE);
		int page = Math.min(lastPage, (query.page() != null) ? Math.max(query.page(), 0) : 0);
		int from = page * ListQuery.PAGE_SIZE;
		List<Finding> content = findings.subList(from, Math.min(findings.size(), from + ListQuery.PAGE_SIZE));
		return new PageImpl<>(content, PageRequest.of(page, ListQuery.PAGE_SIZE), findings.size());
	}

}
