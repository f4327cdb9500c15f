package org.a6portal.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.admin.ItmoTransferForm;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * ITMO transfers of cooperative approaches (from a registry's list of first transfers): the approach by its slug.
 */
@Component
class ItmoTransferImport extends ImportMapping<ItmoTransfer, ItmoTransferForm> {

	private final ApproachSlugs approaches;

	ItmoTransferImport(EditableRecords<ItmoTransfer, ItmoTransferForm> records, ApproachSlugs approaches) {
		super("itmo-transfers", records, List.of("id", ApproachSlugs.COLUMN, "from_party_iso2", "to_party_iso2",
				"transferred_on", "quantity_tco2e", "vintage", "is_first_transfer", "source_url", "source_title"));
		this.approaches = approaches;
	}

	@Override
	ItmoTransferForm toForm(CSVRecord row, Optional<ItmoTransferForm> existing) {
		ItmoTransferForm form = existing.orElseGet(ItmoTransferForm::new);
		form.setSlug(Cells.text(row, "id"));
		form.setApproachId(this.approaches.idOf(row));
		form.setFromIso2(Cells.codes(row, "from_party_iso2").stream().findFirst().orElse(""));
		form.setToIso2(Cells.codes(row, "to_party_iso2").stream().findFirst().orElse(""));
		form.setTransferredOn(Cells.date(row, "transferred_on"));
		form.setQuantityTco2e(Cells.number(row, "quantity_tco2e"));
		form.setVintage(Cells.year(row, "vintage"));
		form.setFirstTransfer(Boolean.TRUE.equals(Cells.bool(row, "is_first_transfer")));
		Cells.applySource(form, row, LocalDate.now());
		return form;
	}

}
