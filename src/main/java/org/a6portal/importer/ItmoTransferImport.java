package org.a6portal.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.admin.ItmoTransferForm;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** ITMO transfers under a cooperative approach, named by the approach's slug. */
@Component
class ItmoTransferImport extends ImportMapping<ItmoTransfer, ItmoTransferForm> {

	private final ApproachSlugs approaches;

	ItmoTransferImport(EditableRecords<ItmoTransfer, ItmoTransferForm> records, ApproachSlugs approaches) {
		super(records, List.of("id", ApproachSlugs.COLUMN, "from_party_iso2", "to_party_iso2",
				"transferred_on", "quantity_tco2e", "vintage", "is_first_transfer", "source_url", "source_title"),
				List.of(),
				Map.of("approachId", ApproachSlugs.COLUMN, "fromIso2", "from_party_iso2", "toIso2", "to_party_iso2",
						"transferredOn", "transferred_on", "quantityTco2e", "quantity_tco2e", "vintage", "vintage",
						"firstTransfer", "is_first_transfer"));
		this.approaches = approaches;
	}

	@Override
	ItmoTransferForm toForm(Row row, String slug, Optional<ItmoTransferForm> existing) {
		ItmoTransferForm form = existing.orElseGet(ItmoTransferForm::new);
		form.setSlug(slug);
		form.setApproachId(this.approaches.idOf(row));
		form.setFromIso2(row.country("from_party_iso2"));
		form.setToIso2(row.country("to_party_iso2"));
		form.setTransferredOn(row.date("transferred_on"));
		form.setQuantityTco2e(row.number("quantity_tco2e"));
		form.setVintage(row.year("vintage"));
		form.setFirstTransfer(Boolean.TRUE.equals(row.bool("is_first_transfer")));
		readSource(form, row);
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(ItmoTransferForm form) {
		return cells(form, this.approaches::slugOf);
	}

	/** One export's rows: the approaches' slugs are read once, not per row. */
	@Override
	java.util.function.Function<ItmoTransferForm, Map<String, @Nullable Object>> exporter() {
		Map<Long, String> slugs = this.approaches.all();
		return (form) -> cells(form, (id) -> (id != null) ? slugs.get(id) : null);
	}

	private static Map<String, @Nullable Object> cells(ItmoTransferForm form,
			java.util.function.Function<@Nullable Long, @Nullable String> approachSlug) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("id", form.getSlug());
		cells.put(ApproachSlugs.COLUMN, approachSlug.apply(form.getApproachId()));
		cells.put("from_party_iso2", form.getFromIso2());
		cells.put("to_party_iso2", form.getToIso2());
		cells.put("transferred_on", form.getTransferredOn());
		cells.put("quantity_tco2e", form.getQuantityTco2e());
		cells.put("vintage", form.getVintage());
		cells.put("is_first_transfer", form.isFirstTransfer());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		return cells;
	}

}
