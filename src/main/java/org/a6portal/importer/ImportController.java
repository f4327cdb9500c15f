package org.a6portal.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /admin/import}: upload a CSV file, see the preview, apply it. The file's text travels in the preview form,
 * so applying needs no server-side state and works on any instance.
 */
@Controller
class ImportController {

	private final CsvImport imports;

	ImportController(CsvImport imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/import")
	String form(Model model) {
		model.addAttribute("kinds", this.imports.kinds());
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
		model.addAttribute("problem", "admin.import.tooLarge");
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		return "admin/import";
	}

}
