package org.a6portal.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.ndc.NdcDocument;
import org.a6portal.ndc.admin.NdcDocumentForm;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * NDC documents of the UNFCCC registry, in the columns of {@code ndc_submissions.csv}. A document is known, as the
 * seed loader knows it, by its Party and a digest of its address ({@code ndc-doc-pe-1a2b3c4d5e6f}).
 */
@Component
class NdcDocumentImport extends ImportMapping<NdcDocument, NdcDocumentForm> {

	NdcDocumentImport(EditableRecords<NdcDocument, NdcDocumentForm> records) {
		super("ndc-documents", records, List.of("country_iso2", "label", "submitted_on", "registry_status", "is_current",
				"language", "document_url", "source_url", "source_title"));
	}

	@Override
	String slugOf(CSVRecord row) {
		String country = Cells.text(row, "country_iso2").toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(Cells.text(row, "document_url").getBytes(StandardCharsets.UTF_8));
			return "ndc-doc-" + country + "-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	NdcDocumentForm toForm(CSVRecord row, Optional<NdcDocumentForm> existing) {
		NdcDocumentForm form = existing.orElseGet(NdcDocumentForm::new);
		form.setSlug(slugOf(row));
		form.setCountryIso2(Cells.codes(row, "country_iso2").stream().findFirst().orElse(""));
		form.setTitle(Cells.text(row, "label"));
		form.setSubmittedOn(Cells.date(row, "submitted_on"));
		form.setRegistryStatus(Cells.text(row, "registry_status").toLowerCase(Locale.ROOT));
		form.setCurrent(Boolean.TRUE.equals(Cells.bool(row, "is_current")));
		form.setLanguage(Cells.optional(row, "language"));
		form.setDocumentUrl(Cells.text(row, "document_url"));
		Cells.applySource(form, row, LocalDate.now());
		return form;
	}

}
