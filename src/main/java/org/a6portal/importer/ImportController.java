package org.a6portal.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.common.CodedEnum;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /admin/import}: upload a CSV file, see the preview, apply it. The uploaded file is kept server-side (in
 * PostgreSQL) between preview and apply: the apply form names it by id, so it works on any instance and never
 * re-posts the file.
 */
@Controller
class ImportController {

	private final CsvImport imports;

	private final DataSize maxFileSize;

	ImportController(CsvImport imports, MultipartProperties multipart) {
		this.imports = imports;
		this.maxFileSize = multipart.getMaxFileSize();
	}

	@org.springframework.web.bind.annotation.ModelAttribute
	void common(Model model) {
		model.addAttribute("kinds", this.imports.kinds());
		model.addAttribute("publications", ImportPublication.values());
	}

	/** The import page; {@code ?tooLarge} when an upload was refused for its size (see {@link UploadLimitFilter}). */
	@GetMapping("/admin/import")
	String form(@RequestParam(required = false) @Nullable String tooLarge, Model model) {
		model.addAttribute("publication", ImportPublication.KEEP);
		if (tooLarge != null) {
			tooLarge(model);
		}
		return "admin/import";
	}

	@PostMapping("/admin/import/preview")
	String preview(@RequestParam String kind, @RequestParam("file") @Nullable MultipartFile file,
			@RequestParam(defaultValue = "keep") String publication, Principal editor, Model model,
			HttpServletResponse response) throws IOException {
		model.addAttribute("kind", kind);
		Optional<ImportPublication> chosen = publication(publication);
		model.addAttribute("publication", chosen.orElse(ImportPublication.KEEP));
		if (!this.imports.kinds().contains(kind) || file == null || file.isEmpty() || chosen.isEmpty()) {
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
		String fileName = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "upload.csv";
		CsvImport.Preview preview = this.imports.preview(kind, fileName, csv, chosen.get(), editor.getName());
		model.addAttribute("preview", preview);
		model.addAttribute("fileName", fileName);
		if (!preview.applicable()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "admin/import";
	}

	@PostMapping("/admin/import/apply")
	String apply(@RequestParam String upload, Principal editor, Model model, HttpServletResponse response) {
		model.addAttribute("publication", ImportPublication.KEEP);
		Optional<CsvImport.Applied> applied = uploadId(upload).flatMap((id) -> this.imports.apply(id, editor.getName()));
		if (applied.isEmpty()) {
			model.addAttribute("problem", "admin.import.uploadGone");
			response.setStatus(HttpStatus.CONFLICT.value());
			return "admin/import";
		}
		CsvImport.Preview result = applied.get().preview();
		model.addAttribute("kind", applied.get().kind());
		model.addAttribute("preview", result);
		model.addAttribute("fileName", applied.get().fileName());
		if (result.importId() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "admin/import";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		model.addAttribute("kinds", this.imports.kinds());
		model.addAttribute("publications", ImportPublication.values());
		model.addAttribute("publication", ImportPublication.KEEP);
		tooLarge(model);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		return "admin/import";
	}

	private void tooLarge(Model model) {
		model.addAttribute("problem", "admin.import.fileTooLarge");
		model.addAttribute("problemArgument", this.maxFileSize.toMegabytes());
	}

	private static Optional<ImportPublication> publication(String code) {
		try {
			return Optional.of(CodedEnum.fromCode(ImportPublication.class, code));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<UUID> uploadId(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
