package org.a6portal.api.ndc;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.a6portal.api.CountryLookup;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.country.Country;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.NdcTargetRepository;
import org.a6portal.ndc.NdcTargetSet;
import org.a6portal.ndc.NdcTargetSets;
import org.a6portal.ndc.NoSuchNdcTargetSetException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published NDC targets for the API: a page (and its count) in one statement with their NDC versions, plus one for
 * the countries' names.
 */
@Service
@Transactional(readOnly = true)
public class NdcTargetQueries {

	private final NdcTargetRepository targets;

	private final CountryLookup countries;

	private final NdcTargetSets sets;

	NdcTargetQueries(NdcTargetRepository targets, CountryLookup countries, NdcTargetSets sets) {
		this.targets = targets;
		this.countries = countries;
		this.sets = sets;
	}

	public PagedList<NdcTargetRepresentation> list(NdcTargetFilter filter, Paging paging) {
		return paging.list(find(filter, paging.pageable()), this::represent);
	}

	/** Every published target matching the filters, for CSV. */
	public List<NdcTargetRepresentation> all(NdcTargetFilter filter) {
		return represent(find(filter, Pageable.unpaged()).getContent());
	}

	private Page<NdcTarget> find(NdcTargetFilter filter, Pageable pageable) {
		return this.targets.findPublished(filter.criteria(this.countries.filter(filter.country())), pageable);
	}

	private List<NdcTargetRepresentation> represent(List<NdcTarget> page) {
		Map<String, Country> named = this.countries
			.byIso2(page.stream().map((target) -> target.getSubmission().getCountryIso2()).collect(Collectors.toSet()));
		return page.stream().map((target) -> NdcTargetRepresentation.of(target, named)).toList();
	}

	/** A published NDC target set by its slug (three statements: its targets and version, its documents, its country). */
	public NdcTargetSetRepresentation set(String slug) {
		NdcTargetSet set = this.sets.findPublished(slug).orElseThrow(() -> new NoSuchNdcTargetSetException(slug));
		return NdcTargetSetRepresentation.of(set, this.countries.byIso2(List.of(set.countryIso2())));
	}

}
