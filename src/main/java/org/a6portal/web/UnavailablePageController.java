package org.a6portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The 503 page {@link DatabaseOutageFilter} forwards to while the database is unavailable. When an editor's form
 * could not be saved, the page shows the form again with everything typed (passwords excepted), to be sent again
 * once the database is back. Reached only by that forward: a visitor asking for its address directly gets a 404.
 */
@Controller
class UnavailablePageController {

	@RequestMapping(DatabaseOutageFilter.UNAVAILABLE_PAGE)
	String unavailable(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		if (request.getDispatcherType() != DispatcherType.FORWARD || !(original instanceof String path)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		model.addAttribute("currentPath", path);
		model.addAttribute("retryAfterSeconds", DatabaseOutage.RETRY_AFTER.toSeconds());
		if ("POST".equals(request.getAttribute(DatabaseOutageFilter.FAILED_METHOD)) && path.startsWith(request.getContextPath() + "/admin/")
				&& !path.equals(request.getContextPath() + "/admin/login")) {
			model.addAttribute("unsavedAction", path);
			model.addAttribute("unsaved", unsaved(request.getParameterMap()));
		}
		return "error/503";
	}

	private static List<UnsavedField> unsaved(Map<String, String[]> parameters) {
		List<UnsavedField> fields = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (!name.toLowerCase(Locale.ROOT).contains("password")) {
				for (String value : values) {
					fields.add(new UnsavedField(name, value, name.startsWith("_") || name.equals("version")));
				}
			}
		});
		return fields;
	}

	/**
	 * A value the editor sent.
	 *
	 * @param name the form field
	 * @param value what was in it
	 * @param hidden whether it is bookkeeping (CSRF token, version, checkbox markers) rather than something typed
	 */
	record UnsavedField(String name, String value, boolean hidden) {
	}

}
