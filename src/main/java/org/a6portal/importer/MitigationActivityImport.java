package org.a6portal.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.cooperation.AuthorizedUse;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.cooperation.admin.MitigationActivityForm;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Mitigation activities under a cooperative approach, named by the approach's slug. */
@Component
class MitigationActivityImport extends ImportMapping<MitigationActivity, MitigationActivityForm> {

	private final ApproachSlugs approaches;

	MitigationActivityImport(EditableRecords<MitigationActivity, MitigationActivityForm> records,
			ApproachSlugs approaches) {
		super(records, List.of("id", ApproachSlugs.COLUMN, "title", "activity_type",
				"authorized_on", "authorized_use", "expected_itmos_tco2e", "description", "source_url", "source_title"),
				List.of(),
				Map.of("approachId", ApproachSlugs.COLUMN, "title", "title", "activityTypeCode", "activity_type",
						"authorizedOn", "authorized_on", "authorizedUse", "authorized_use", "expectedItmosTco2e",
						"expected_itmos_tco2e", "description", "description"));
		this.approaches = approaches;
	}

	@Override
	MitigationActivityForm toForm(Row row, String slug, Optional<MitigationActivityForm> existing) {
		MitigationActivityForm form = existing.orElseGet(MitigationActivityForm::new);
		form.setSlug(slug);
		form.setApproachId(this.approaches.idOf(row));
		form.setTitle(row.text("title"));
		String activityType = row.optional("activity_type");
		form.setActivityTypeCode((activityType != null)
				? row.activityType("activity_type", (wording) -> row.reject("activity_type",
						"admin.import.cell.activityType", wording))
				: null);
		form.setAuthorizedOn(row.date("authorized_on"));
		form.setAuthorizedUse(row.coded("authorized_use", AuthorizedUse.class, (wording) -> wording, List.of(), false));
		form.setExpectedItmosTco2e(row.number("expected_itmos_tco2e"));
		form.setDescription(row.optional("description"));
		readSource(form, row);
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(MitigationActivityForm form) {
		return cells(form, this.approaches::slugOf);
	}

	/** One export's rows: the approaches' slugs are read once, not per row. */
	@Override
	java.util.function.Function<MitigationActivityForm, Map<String, @Nullable Object>> exporter() {
		Map<Long, String> slugs = this.approaches.all();
		return (form) -> cells(form, (id) -> (id != null) ? slugs.get(id) : null);
	}

	private static Map<String, @Nullable Object> cells(MitigationActivityForm form,
			java.util.function.Function<@Nullable Long, @Nullable String> approachSlug) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("id", form.getSlug());
		cells.put(ApproachSlugs.COLUMN, approachSlug.apply(form.getApproachId()));
		cells.put("title", form.getTitle());
		cells.put("activity_type", form.getActivityTypeCode());
		cells.put("authorized_on", form.getAuthorizedOn());
		cells.put("authorized_use", (form.getAuthorizedUse() != null) ? form.getAuthorizedUse().code() : null);
		cells.put("expected_itmos_tco2e", form.getExpectedItmosTco2e());
		cells.put("description", form.getDescription());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		return cells;
	}

}
