package org.a6portal.ndc;

import java.util.List;
import java.util.Map;

import org.a6portal.country.CountryRepository;
import org.a6portal.history.PublicRecordHistory;
import org.a6portal.record.RecordPage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /ndc-targets/{slug}}: a country's published targets of one NDC version on a page of their own, with the
 * version, its registry documents, each target's facts and source, the country and the targets' public history.
 * Its Last-Modified is the set's own last public change (any of its targets'). A fixed number of statements.
 */
@Controller
class NdcTargetSetController {

	private final NdcTargetSets sets;

	private final CountryRepository countries;

	private final PublicRecordHistory history;

	NdcTargetSetController(NdcTargetSets sets, CountryRepository countries, PublicRecordHistory history) {
		this.sets = sets;
		this.countries = countries;
		this.history = history;
	}

	@GetMapping("/ndc-targets/{slug}")
	@RecordPage(NdcKinds.NDC_TARGET_TYPE)
	@Transactional(readOnly = true)
	ModelAndView show(@PathVariable String slug) {
		NdcTargetSet set = this.sets.findPublished(slug).orElse(null);
		if (set == null) {
			// a link naming one target leads to its row on its set's page
			String setSlug = this.sets.setOfTarget(slug).orElseThrow(() -> new NoSuchNdcTargetSetException(slug));
			RedirectView redirect = new RedirectView("/ndc-targets/" + setSlug + "#" + slug, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		return new ModelAndView("ndc/show", Map.of("set", set,
				"countries", this.countries.findByIso2In(List.of(set.countryIso2())),
				"history", this.history.of(NdcKinds.NDC_TARGET_TYPE, set.targetIds())));
	}

}
