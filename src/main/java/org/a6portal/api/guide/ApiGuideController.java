package org.a6portal.api.guide;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api}: the open-data API described for people.
 */
@Controller
class ApiGuideController {

	@GetMapping("/api")
	String guide(Model model) {
		model.addAttribute("guide", ApiGuide.INSTANCE);
		return "api/index";
	}

}
