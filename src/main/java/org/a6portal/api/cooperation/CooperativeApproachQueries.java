package org.a6portal.api.cooperation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.a6portal.api.CountryLookup;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.common.RecordSlug;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.a6portal.cooperation.ItmoEvent;
import org.a6portal.cooperation.ItmoTransfer;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.cooperation.NoSuchApproachException;
import org.a6portal.country.Country;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published cooperative approaches for the API. A page costs the same statements whatever its size: the page of ids
 * (and its count), the approaches with Parties and sectors, their activities, their transfers, the countries named.
 */
@Service
@Transactional(readOnly = true)
public class CooperativeApproachQueries {

	private final CooperativeApproachRepository approaches;

	private final CountryLookup countries;

	CooperativeApproachQueries(CooperativeApproachRepository approaches, CountryLookup countries) {
		this.approaches = approaches;
		this.countries = countries;
	}

	public PagedList<CooperativeApproachRepresentation> list(CooperativeApproachFilter filter, Paging paging) {
		Page<Long> ids = ids(filter, paging.pageable());
		return paging.list(ids, this::represent);
	}

	/** Every published approach matching the filters, for CSV. */
	public List<CooperativeApproachRepresentation> all(CooperativeApproachFilter filter) {
		return represent(ids(filter, Pageable.unpaged()).getContent());
	}

	/**
	 * One published approach, by its slug, with its ITMO events: the approach with Parties and sectors, its
	 * activities, transfers, events and the countries named, whatever it holds.
	 * @throws NoSuchApproachException if no published approach has the slug
	 */
	public CooperativeApproachDetail detail(String slug) {
		CooperativeApproach approach = this.approaches.findPublishedBySlug(RecordSlug.check(slug))
			.orElseThrow(() -> new NoSuchApproachException(slug));
		List<Long> id = List.of(Objects.requireNonNull(approach.getId()));
		List<MitigationActivity> activities = this.approaches.findPublishedActivitiesByApproachIdIn(id);
		List<ItmoTransfer> transfers = this.approaches.findPublishedTransfersByApproachIdIn(id);
		List<ItmoEvent> events = this.approaches.findPublishedEventsByApproachIdIn(id);
		Set<String> named = new LinkedHashSet<>(CooperativeApproachRepresentation.countriesNamedBy(List.of(approach), transfers));
		events.forEach((event) -> {
			named.add(event.getHostIso2());
			if (event.getAcquiringIso2() != null) {
				named.add(event.getAcquiringIso2());
			}
		});
		Map<String, Country> countries = this.countries.byIso2(named);
		return CooperativeApproachDetail.of(CooperativeApproachRepresentation.of(approach, activities, transfers, countries),
				events.stream().map((event) -> ItmoEventRepresentation.of(event, countries)).toList());
	}

	private Page<Long> ids(CooperativeApproachFilter filter, Pageable pageable) {
		@Nullable String country = this.countries.filter(filter.country());
		return this.approaches.findPublishedIds(country, filter.status(), filter.instrument(),
				(country != null) ? filter.role() : null, filter.year(), pageable);
	}

	private List<CooperativeApproachRepresentation> represent(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<CooperativeApproach> loaded = CooperativeApproachRepresentation.inOrder(ids,
				this.approaches.findPublishedWithPartiesAndSectorsByIdIn(ids));
		List<MitigationActivity> activities = this.approaches.findPublishedActivitiesByApproachIdIn(ids);
		List<ItmoTransfer> transfers = this.approaches.findPublishedTransfersByApproachIdIn(ids);
		Set<String> named = CooperativeApproachRepresentation.countriesNamedBy(loaded, transfers);
		Map<String, Country> countries = this.countries.byIso2(named);
		return loaded.stream()
			.map((approach) -> CooperativeApproachRepresentation.of(approach, activities, transfers, countries))
			.toList();
	}

}
