package org.a6portal.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.a6portal.admin.EditableRecords;
import org.a6portal.ndc.NdcDocument;
import org.a6portal.ndc.admin.NdcDocumentForm;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * NDC documents of the UNFCCC registry: the columns of {@code db/seed/ndc_submissions.csv}. A document is known by
 * its country and address: its slug is built from them as the seed loader builds it. The kind is named as the admin
 * list is ({@code /admin/ndc-submissions}), so its export sits beside the list.
 */
@Component
class NdcDocumentImport extends ImportMapping<NdcDocument, NdcDocumentForm> {

	NdcDocumentImport(EditableRecords<NdcDocument, NdcDocumentForm> records) {
		super(records, List.of("country_iso2", "label", "submitted_on", "registry_status",
				"is_current", "language", "document_url", "source_url", "source_title"), List.of(),
				Map.of("countryIso2", "country_iso2", "title", "label", "submittedOn", "submitted_on", "registryStatus",
						"registry_status", "current", "is_current", "language", "language", "documentUrl",
						"document_url"));
	}

	@Override
	String slugOf(Row row) {
		String country = row.text("country_iso2").toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(row.text("document_url").getBytes(StandardCharsets.UTF_8));
			return "ndc-doc-" + country + "-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	NdcDocumentForm toForm(Row row, String slug, Optional<NdcDocumentForm> existing) {
		NdcDocumentForm form = existing.orElseGet(NdcDocumentForm::new);
		form.setSlug(slug);
		form.setCountryIso2(row.country("country_iso2"));
		form.setTitle(row.text("label"));
		form.setSubmittedOn(row.date("submitted_on"));
		form.setRegistryStatus(row.text("registry_status").toLowerCase(Locale.ROOT));
		form.setCurrent(Boolean.TRUE.equals(row.bool("is_current")));
		form.setLanguage(row.optional("language"));
		form.setDocumentUrl(row.text("document_url"));
		readSource(form, row);
		return form;
	}

	@Override
	Map<String, @Nullable Object> cells(NdcDocumentForm form) {
		Map<String, @Nullable Object> cells = new LinkedHashMap<>();
		cells.put("country_iso2", form.getCountryIso2());
		cells.put("label", form.getTitle());
		cells.put("submitted_on", form.getSubmittedOn());
		cells.put("registry_status", form.getRegistryStatus());
		cells.put("is_current", form.isCurrent());
		cells.put("language", form.getLanguage());
		cells.put("document_url", form.getDocumentUrl());
		cells.put("source_url", form.getSourceUrl());
		cells.put("source_title", form.getSourceTitle());
		return cells;
	}

}
