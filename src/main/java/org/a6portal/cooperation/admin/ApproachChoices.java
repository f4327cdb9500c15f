package org.a6portal.cooperation.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The cooperative approaches a form of the approach's records picks from, and their titles for the lists.
 */
@Component
@Transactional(readOnly = true)
class ApproachChoices {

	private final CooperativeApproachRepository approaches;

	ApproachChoices(CooperativeApproachRepository approaches) {
		this.approaches = approaches;
	}

	void addApproaches(Model model) {
		List<CooperativeApproach> all = this.approaches.findAllByOrderByTitle();
		Map<Long, String> titles = new LinkedHashMap<>();
		all.forEach((approach) -> titles.put(approach.getId(), approach.getTitle()));
		model.addAttribute("approaches", all);
		model.addAttribute("approachTitles", titles);
	}

}
