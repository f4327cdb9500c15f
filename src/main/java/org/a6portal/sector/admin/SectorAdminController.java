package org.a6portal.sector.admin;

import java.util.List;

import org.a6portal.admin.ListQuery;
import org.a6portal.admin.RecordAdminController;
import org.a6portal.admin.RecordEditing;
import org.a6portal.sector.Sector;
import org.a6portal.sector.SectorRepository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /admin/sectors}: the sector taxonomy shared by Article 6.2 and 6.4 records.
 */
@Controller
@RequestMapping("/admin/sectors")
class SectorAdminController extends RecordAdminController<Sector, SectorForm> {

	private final SectorRepository sectors;

	SectorAdminController(SectorRecords records, RecordEditing editing, SectorRepository sectors) {
		super(records, editing, "/admin/sectors", "admin/sectors");
		this.sectors = sectors;
	}

	@Override
	protected Page<Sector> search(ListQuery query) {
		return this.sectors.search(query.text(), query.pageable(List.of("sortOrder", "nameEn", "code"), "sortOrder", "code"));
	}

}
