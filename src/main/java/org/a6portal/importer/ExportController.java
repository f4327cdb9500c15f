package org.a6portal.importer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.a6portal.admin.NoSuchRecordException;
import org.a6portal.api.Csv;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /admin/{kind}/export.csv}: every record of an importable kind, drafts included, in the import's own
 * columns, so that a spreadsheet round trip (export, edit, import) works.
 */
@Controller
class ExportController {

	private final CsvImport imports;

	ExportController(CsvImport imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/{kind}/export.csv")
	ResponseEntity<byte[]> export(@PathVariable String kind) {
		if (!this.imports.kinds().contains(kind)) {
			throw new NoSuchRecordException("kind of record", kind + "/export.csv");
		}
		String filename = kind + "-" + LocalDate.now() + ".csv";
		return ResponseEntity.ok()
			.contentType(Csv.TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(this.imports.export(kind).getBytes(StandardCharsets.UTF_8));
	}

}
