package org.a6portal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin}: where an editor starts.
 */
@Controller
class DashboardController {

	@GetMapping("/admin")
	String dashboard() {
		return "admin/dashboard";
	}

}
