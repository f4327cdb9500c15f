package org.a6portal.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.common.CodedEnum;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.a6portal.sustainabledevelopment.admin.InitialReportForm;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Initial reports, in the columns of {@code initial_reports.csv} plus an {@code id} column naming each report (the
 * seed names them by Party and place: {@code ir-gh-1}).
 */
@Component
class InitialReportImport extends ImportMapping<InitialReport, InitialReportForm> {

	InitialReportImport(EditableRecords<InitialReport, InitialReportForm> records) {
		super("initial-reports", records, List.of("id", "country_iso2", "title", "submitted_on", "review_status", "notes",
				"source_url", "source_title"));
	}

	@Override
	InitialReportForm toForm(CSVRecord row, Optional<InitialReportForm> existing) {
		InitialReportForm form = existing.orElseGet(InitialReportForm::new);
		form.setSlug(Cells.text(row, "id"));
		form.setCountryIso2(Cells.codes(row, "country_iso2").stream().findFirst().orElse(""));
		form.setTitle(Cells.text(row, "title"));
		form.setSubmittedOn(Cells.date(row, "submitted_on"));
		String status = Cells.text(row, "review_status");
		try {
			form.setReviewStatus(CodedEnum.fromCode(ReviewStatus.class, status.toLowerCase(Locale.ROOT).replace(' ', '_')));
		}
		catch (IllegalArgumentException ex) {
			throw new Cells.CellException("review_status", "admin.import.cell.reviewStatus", status);
		}
		form.setNotes(Cells.optional(row, "notes"));
		Cells.applySource(form, row, LocalDate.now());
		return form;
	}

}
