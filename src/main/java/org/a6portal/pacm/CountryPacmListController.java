package org.a6portal.pacm;

import java.util.Locale;
import java.util.Map;

import org.a6portal.common.NotFoundException;
import org.a6portal.country.Country;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /countries/{code}/pacm-activities}: every Article 6.4 activity a country hosts, a page at a time, sortable
 * and filterable by stage and form, its state all in the URL so that it can be shared. A public GET naming a
 * country, so it gets the country's validators and joins the page cache as the profile does.
 */
@Controller
class CountryPacmListController {

	private final PacmActivityList list;

	CountryPacmListController(PacmActivityList list) {
		this.list = list;
	}

	@GetMapping("/countries/{code}/pacm-activities")
	ModelAndView list(Country country, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
			@RequestParam(required = false) @Nullable String stage, @RequestParam(required = false) @Nullable String form,
			@RequestParam(required = false) @Nullable String after, @RequestParam(required = false) @Nullable String before,
			Locale locale) {
		PacmListQuery query = PacmListQuery.parse(page, sort, dir, stage, form, after, before);
		PacmActivityList.Result result = this.list.find(country.getIso2(), query);
		if (result.beyondLastPage()) {
			throw new NoSuchListPageException(query.page(), result.pages());
		}
		ModelAndView view = new ModelAndView("pacm/list", "result", result);
		view.addObject("country", country);
		view.addObject("name", country.name(locale));
		view.addObject("pageTitle", country.name(locale));
		view.addObject("sorts", PacmListQuery.Sort.values());
		return view;
	}

	/** A page number past the list's last page: a 404 that says how many pages there are. */
	static final class NoSuchListPageException extends NotFoundException {

		private final int page;

		private final int pages;

		NoSuchListPageException(int page, int pages) {
			super("No page " + page + " of " + pages);
			this.page = page;
			this.pages = pages;
		}

		@Override
		public Map<String, Object> model() {
			return Map.of("reasonKey", "pacm.list.noSuchPage", "requested", this.page + " / " + this.pages);
		}

	}

}
