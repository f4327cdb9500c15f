package org.a6portal.api.pacm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.a6portal.api.Codes;
import org.a6portal.api.CountryLookup;
import org.a6portal.api.CountryReference;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.api.RecordLinks;
import org.a6portal.api.RecordReference;
import org.a6portal.api.TaxonomyLookup;
import org.a6portal.common.RecordSlug;
import org.a6portal.country.Country;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.NoSuchActivityException;
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

	private final TaxonomyLookup taxonomy;

	PacmActivityQueries(PacmActivityRepository activities, CountryLookup countries, TaxonomyLookup taxonomy) {
		this.activities = activities;
		this.countries = countries;
		this.taxonomy = taxonomy;
	}

	public PagedList<PacmActivityRepresentation> list(PacmActivityFilter filter, Paging paging) {
		return paging.list(find(filter, paging.pageable()), this::represent);
	}

	/** Every published activity matching the filters, for CSV. */
	public List<PacmActivityRepresentation> all(PacmActivityFilter filter) {
		return represent(find(filter, Pageable.unpaged()).getContent());
	}

	/**
	 * One published activity, by its slug, with its other hosts, programme and components: the activity (with type,
	 * sector, programme and other hosts), its components and the countries named, three statements whatever it holds.
	 * @throws NoSuchActivityException if no published activity has the slug
	 */
	public PacmActivityDetail detail(String slug) {
		PacmActivity activity = this.activities.findPublishedBySlug(RecordSlug.check(slug))
			.orElseThrow(() -> new NoSuchActivityException(slug));
		List<PacmActivity> components = this.activities.findPublishedComponentsOf(Objects.requireNonNull(activity.getId()));
		Set<String> named = new LinkedHashSet<>();
		named.add(activity.getHostIso2());
		named.addAll(new TreeSet<>(activity.getOtherHosts()));
		Map<String, Country> countries = this.countries.byIso2(named);
		PacmActivityRepresentation entry = PacmActivityRepresentation.of(activity, countries);
		PacmActivity programme = activity.getProgramme();
		return new PacmActivityDetail(entry.id(), entry.title(), entry.host(), entry.origin(), entry.form(), entry.stage(),
				entry.stageOn(), entry.activityType(), entry.methodology(), entry.scale(),
				entry.expectedReductionsTco2ePerYear(), entry.creditingStart(), entry.creditingEnd(),
				entry.unfcccReference(), entry.pcnSubmittedOn(), entry.notes(), entry.source(), entry.lastReviewedOn(),
				entry.links(),
				named.stream().skip(1).map((iso2) -> CountryReference.of(iso2, countries)).toList(),
				activity.getHostApprovedOn(), activity.getA6PeriodFrom(), activity.getA6PeriodTo(),
				Codes.of(activity.getMethodologyChoice()), activity.getActivityTypeInSource(),
				(programme != null && programme.isPublished()) ? reference(programme) : null,
				components.stream().map(PacmActivityQueries::reference).toList());
	}

	private static RecordReference reference(PacmActivity activity) {
		return new RecordReference(activity.getSlug(), activity.getTitle(), RecordLinks.pacmActivity(activity.getSlug()));
	}

	private Page<PacmActivity> find(PacmActivityFilter filter, Pageable pageable) {
		return this.activities.findPublished(this.countries.filter(filter.country()), filter.stage(), filter.origin(),
				filter.region(), filter.form(), this.taxonomy.sector(filter.sector()),
				this.taxonomy.activityType(filter.activityType()), pageable);
	}

	private List<PacmActivityRepresentation> represent(List<PacmActivity> page) {
		Map<String, Country> hosts = this.countries
			.byIso2(page.stream().map(PacmActivity::getHostIso2).collect(Collectors.toSet()));
		return page.stream().map((activity) -> PacmActivityRepresentation.of(activity, hosts)).toList();
	}

}
