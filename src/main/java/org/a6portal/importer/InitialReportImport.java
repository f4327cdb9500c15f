package org.a6portal.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.a6portal.sustainabledevelopment.admin.InitialReportForm;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Article 6.2 initial reports: the columns of {@code db/seed/initial_reports.csv} plus an {@code id} (the record's
 * slug, which the seed file does not carry).
 */
@Component
class InitialReportImport extends ImportMapping<InitialReport, InitialReportForm> {

	InitialReportImport(EditableRecords<InitialReport, InitialReportForm> records) {
		super(records, List.of("id", "country_iso2", "title", "submitted_on", "review_status",
				"notes", "source_url", "source_title"), List.of(),
				Map.of("countryIso2", "country_iso2", "title", "title", "submittedOn", "submitted_on", "reviewStatus",
						"review_status", "notes", "notes"));
	}

	@Override
	InitialReportForm toForm(Row row, String slug, Optional<InitialReportForm> existing) {
		InitialReportForm form = existing.orElseGet(InitialReportForm::new);
		form.setSlug(slug);
		form.setCountryIso2(row.country("country_iso2"));
		form.setTitle(row.text("title"));
		form.setSubmittedOn(row.date("submitted_on"));
		ReviewStatus status = row.coded("review_status", ReviewStatus.class, (wording) -> wording, List.of(), true);
		if (status != null) {
			form.setReviewStatus(status);
		}
		form.setNotes(row.optional("notes"));
		readSource(form, row);
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(InitialReportForm form) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("id", form.getSlug());
		cells.put("country_iso2", form.getCountryIso2());
		cells.put("title", form.getTitle());
		cells.put("submitted_on", form.getSubmittedOn());
		cells.put("review_status", form.getReviewStatus().code());
		cells.put("notes", form.getNotes());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		return cells;
	}

}
