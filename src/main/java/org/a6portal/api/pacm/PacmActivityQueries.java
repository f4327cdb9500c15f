package org.a6portal.api.pacm;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.a6portal.api.CountryLookup;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.country.Country;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.PacmActivityRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published PACM activities for the API: a page (and its count) in one statement with activity types and sectors,
 * plus one for the host countries' names.
 */
@Service
@Transactional(readOnly = true)
public class PacmActivityQueries {

	private final PacmActivityRepository activities;

	private final CountryLookup countries;

	PacmActivityQueries(PacmActivityRepository activities, CountryLookup countries) {
		this.activities = activities;
		this.countries = countries;
	}

	public PagedList<PacmActivityRepresentation> list(PacmActivityFilter filter, Paging paging) {
		return paging.list(find(filter, paging.pageable()), this::represent);
	}

	/** Every published activity matching the filters, for CSV. */
	public List<PacmActivityRepresentation> all(PacmActivityFilter filter) {
		return represent(find(filter, Pageable.unpaged()).getContent());
	}

	private Page<PacmActivity> find(PacmActivityFilter filter, Pageable pageable) {
		return this.activities.findPublished(this.countries.filter(filter.country()), filter.stage(), filter.origin(),
				pageable);
	}

	private List<PacmActivityRepresentation> represent(List<PacmActivity> page) {
		Map<String, Country> hosts = this.countries
			.byIso2(page.stream().map(PacmActivity::getHostIso2).collect(Collectors.toSet()));
		return page.stream().map((activity) -> PacmActivityRepresentation.of(activity, hosts)).toList();
	}

}
