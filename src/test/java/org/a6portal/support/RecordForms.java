package org.a6portal.support;

import java.time.LocalDate;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Posting an admin record form as a browser does, and the fields every sourced record's form ends with.
 */
public final class RecordForms {

	private RecordForms() {
	}

	public static MvcTestResult post(MockMvcTester mvc, String uri, MultiValueMap<String, String> fields) {
		return mvc.post().uri(uri).with(csrf()).params(fields).exchange();
	}

	/** Publication, slug and source of a published record, reviewed today. */
	public static MultiValueMap<String, String> sourced(String slug) {
		String today = LocalDate.now().toString();
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("version", "0");
		fields.add("publicationStatus", "PUBLISHED");
		fields.add("slug", slug);
		fields.add("sourceUrl", "https://www.example.org/article6/source");
		fields.add("sourceTitle", "Ministry of the Environment");
		fields.add("sourceRetrievedOn", today);
		fields.add("lastReviewedOn", today);
		return fields;
	}

	/** {@code /admin/x/12/edit} → {@code /admin/x/12}. */
	public static String basePath(String editPath) {
		return editPath.replaceFirst("/edit$", "");
	}

}
