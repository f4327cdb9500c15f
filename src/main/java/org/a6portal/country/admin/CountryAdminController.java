package org.a6portal.country.admin;

import java.util.List;

import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.country.Readiness;
import org.a6portal.country.Region;
import org.a6portal.history.ChangeLog;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/countries}: editors' list and form for countries, and each country's recent changes.
 */
@Controller
@RequestMapping("/admin/countries")
class CountryAdminController extends RecordAdminController<Country, CountryForm> {

	private static final int RECENT_CHANGES = 50;

	private final CountryRepository countries;

	private final ChangeLog changeLog;

	CountryAdminController(CountryRecords records, RecordEditing editing, CountryRepository countries,
			ChangeLog changeLog) {
		super(records, editing, "/admin/countries", "admin/countries");
		this.countries = countries;
		this.changeLog = changeLog;
	}

	@Override
	protected Page<Country> search(ListQuery query) {
		Region region = Region.fromRequest(query.region());
		return this.countries.search(query.text(), region, query.pageable(List.of("nameEn", "iso2", "updatedAt"), "nameEn", "iso2"));
	}

	@Override
	protected void addReferenceData(Model model) {
		model.addAttribute("regions", Region.values());
		model.addAttribute("readinessLevels", Readiness.values());
	}

	@GetMapping("/{id}/changes")
	String recentChanges(@PathVariable String id, Model model) {
		Country country = this.records.find(id).orElseThrow(() -> new org.a6portal.admin.NoSuchRecordException("country", id));
		model.addAttribute("label", country.getNameEn());
		model.addAttribute("editPath", "/admin/countries/" + country.getIso2() + "/edit");
		model.addAttribute("entries", this.changeLog.forCountry(country.getIso2(), RECENT_CHANGES));
		return "admin/history";
	}

}
