package org.a6portal.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.common.CodedEnum;
import org.a6portal.cooperation.AuthorizedUse;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.cooperation.admin.MitigationActivityForm;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Mitigation activities of cooperative approaches: the approach by its slug, the activity type by its code.
 */
@Component
class MitigationActivityImport extends ImportMapping<MitigationActivity, MitigationActivityForm> {

	private final ApproachSlugs approaches;

	MitigationActivityImport(EditableRecords<MitigationActivity, MitigationActivityForm> records, ApproachSlugs approaches) {
		super("mitigation-activities", records, List.of("id", ApproachSlugs.COLUMN, "title", "activity_type",
				"authorized_on", "authorized_use", "expected_itmos_tco2e", "description", "source_url", "source_title"));
		this.approaches = approaches;
	}

	@Override
	MitigationActivityForm toForm(CSVRecord row, Optional<MitigationActivityForm> existing) {
		MitigationActivityForm form = existing.orElseGet(MitigationActivityForm::new);
		form.setSlug(Cells.text(row, "id"));
		form.setApproachId(this.approaches.idOf(row));
		form.setTitle(Cells.text(row, "title"));
		form.setActivityTypeCode(Cells.optional(row, "activity_type"));
		form.setAuthorizedOn(Cells.date(row, "authorized_on"));
		String use = Cells.optional(row, "authorized_use");
		try {
			form.setAuthorizedUse((use != null) ? CodedEnum.fromCode(AuthorizedUse.class, use.toLowerCase(Locale.ROOT)) : null);
		}
		catch (IllegalArgumentException ex) {
			throw new Cells.CellException("authorized_use", "admin.import.cell.authorizedUse", use);
		}
		form.setExpectedItmosTco2e(Cells.number(row, "expected_itmos_tco2e"));
		form.setDescription(Cells.optional(row, "description"));
		Cells.applySource(form, row, LocalDate.now());
		return form;
	}

}
