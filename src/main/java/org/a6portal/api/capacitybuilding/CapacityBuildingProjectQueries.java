package org.a6portal.api.capacitybuilding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.api.CountryLookup;
import org.a6portal.api.InvalidParameterException;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.capacitybuilding.CapacityBuildingCriteria;
import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.a6portal.capacitybuilding.CapacityBuildingProjectRepository;
import org.a6portal.country.Country;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published capacity-building projects for the API: the page of ids (and its count), the projects with their
 * countries, the countries' names.
 */
@Service
@Transactional(readOnly = true)
public class CapacityBuildingProjectQueries {

	private final CapacityBuildingProjectRepository projects;

	private final CountryLookup countries;

	CapacityBuildingProjectQueries(CapacityBuildingProjectRepository projects, CountryLookup countries) {
		this.projects = projects;
		this.countries = countries;
	}

	public PagedList<CapacityBuildingProjectRepresentation> list(CapacityBuildingProjectFilter filter, Paging paging) {
		return paging.list(ids(filter, paging.pageable()), this::represent);
	}

	/** Every published project matching the filters, for CSV. */
	public List<CapacityBuildingProjectRepresentation> all(CapacityBuildingProjectFilter filter) {
		return represent(ids(filter, Pageable.unpaged()).getContent());
	}

	private Page<Long> ids(CapacityBuildingProjectFilter filter, Pageable pageable) {
		CapacityBuildingCriteria criteria = filter.criteria(this.countries.filter(filter.country()));
		if (criteria.organisation() != null && !this.projects.existsPublishedByOrganisation(criteria.organisation())) {
			throw new InvalidParameterException("organisation", criteria.organisation(), "No published project names '"
					+ criteria.organisation() + "' as its lead organisation or funder; the organisation must be named"
					+ " exactly as a project names it (/capacity-building lists them).");
		}
		return this.projects.findPublishedIds(criteria, pageable);
	}

	private List<CapacityBuildingProjectRepresentation> represent(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, CapacityBuildingProject> byId = this.projects.findPublishedWithCountriesByIdIn(ids)
			.stream()
			.collect(Collectors.toMap((project) -> Objects.requireNonNull(project.getId()), Function.identity()));
		List<CapacityBuildingProject> loaded = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
		return represent(loaded, this.countries.byIso2(countriesOf(loaded)));
	}

	/** Representations of projects whose countries are loaded. */
	public static List<CapacityBuildingProjectRepresentation> represent(List<CapacityBuildingProject> projects,
			Map<String, Country> countries) {
		return projects.stream().map((project) -> CapacityBuildingProjectRepresentation.of(project, countries)).toList();
	}

	/** The upper-case alpha-2 codes of every country the projects involve. */
	public static Set<String> countriesOf(Collection<CapacityBuildingProject> projects) {
		return projects.stream().flatMap((project) -> project.getCountryIso2s().stream()).collect(Collectors.toSet());
	}

}
