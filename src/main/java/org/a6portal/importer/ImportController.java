package org.a6portal.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.util.unit.DataSize;

/**
 * {@code /admin/import}: upload a CSV file, see the preview, apply it. The file's text travels in the preview form,
 * so applying needs no server-side state and works on any instance.
 */
@Controller
class ImportController {

	private final CsvImport imports;

	private final DataSize maxFileSize;

	ImportController(CsvImport imports, MultipartProperties multipart) {
		this.imports = imports;
		this.maxFileSize = multipart.getMaxFileSize();
	}

	/** The import page; {@code ?tooLarge} when an upload was refused for its size (see {@link UploadLimitFilter}). */
	@GetMapping("/admin/import")
	String form(@RequestParam(required = false) @Nullable String tooLarge, Model model) {
		model.addAttribute("kinds", this.imports.kinds());
		if (tooLarge != null) {
			tooLarge(model);
		}
		return "admin/import";
	}

	@PostMapping("/admin/import/preview")
	String preview(@RequestParam String kind, @RequestParam("file") @Nullable MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		model.addAttribute("kinds", this.imports.kinds());
		model.addAttribute("kind", kind);
		if (!this.imports.kinds().contains(kind) || file == null || file.isEmpty()) {
			model.addAttribute("problem", "admin.import.chooseFile");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "admin/import";
		}
		String csv;
		try {
			csv = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			model.addAttribute("problem", "admin.import.notUtf8");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "admin/import";
		}
		CsvImport.Preview preview = this.imports.preview(kind, csv);
		model.addAttribute("preview", preview);
		model.addAttribute("csv", csv);
		model.addAttribute("fileName", (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload.csv");
		if (!preview.applicable()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "admin/import";
	}

	@PostMapping("/admin/import/apply")
	String apply(@RequestParam String kind, @RequestParam String csv, @RequestParam String fileName, Principal editor,
			Model model, HttpServletResponse response) {
		model.addAttribute("kinds", this.imports.kinds());
		model.addAttribute("kind", kind);
		if (!this.imports.kinds().contains(kind)) {
			model.addAttribute("problem", "admin.import.chooseFile");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "admin/import";
		}
		CsvImport.Preview result = this.imports.apply(kind, fileName, csv, editor.getName());
		model.addAttribute("preview", result);
		model.addAttribute("csv", csv);
		model.addAttribute("fileName", fileName);
		if (result.importId() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "admin/import";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		model.addAttribute("kinds", this.imports.kinds());
		tooLarge(model);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		return "admin/import";
	}

	private void tooLarge(Model model) {
		model.addAttribute("problem", "admin.import.fileTooLarge");
		model.addAttribute("problemArgument", this.maxFileSize.toMegabytes());
	}

}
