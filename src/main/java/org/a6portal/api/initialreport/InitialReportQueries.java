package org.a6portal.api.initialreport;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.a6portal.api.CountryLookup;
import org.a6portal.api.PagedList;
import org.a6portal.api.Paging;
import org.a6portal.api.RecordLinks;
import org.a6portal.api.RecordReference;
import org.a6portal.common.RecordSlug;
import org.a6portal.country.Country;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.NoSuchInitialReportException;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentRepository;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentRepository.DescribedApproach;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published initial reports for the API. A page costs the same statements whatever its size: the page (and its
 * count), the approaches its reports describe, the countries named.
 */
@Service
@Transactional(readOnly = true)
class InitialReportQueries {

	private final SustainableDevelopmentRepository reports;

	private final CountryLookup countries;

	InitialReportQueries(SustainableDevelopmentRepository reports, CountryLookup countries) {
		this.reports = reports;
		this.countries = countries;
	}

	PagedList<InitialReportRepresentation> list(InitialReportFilter filter, Paging paging) {
		return paging.list(find(filter, paging.pageable()), this::represent);
	}

	/** Every published report matching the filters, for CSV. */
	List<InitialReportRepresentation> all(InitialReportFilter filter) {
		return represent(find(filter, Pageable.unpaged()).getContent());
	}

	/**
	 * One published report, by its slug.
	 * @throws NoSuchInitialReportException if no published report has the slug
	 */
	InitialReportRepresentation detail(String slug) {
		InitialReport report = this.reports.findPublishedInitialReportBySlug(RecordSlug.check(slug))
			.orElseThrow(() -> new NoSuchInitialReportException(slug));
		return represent(List.of(report)).getFirst();
	}

	private Page<InitialReport> find(InitialReportFilter filter, Pageable pageable) {
		return this.reports.findPublishedInitialReports(this.countries.filter(filter.country()), filter.region(),
				filter.reviewStatus(), pageable);
	}

	private List<InitialReportRepresentation> represent(List<InitialReport> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<Long, List<RecordReference>> approaches = this.reports
			.findPublishedApproachesOfReports(page.stream().map((report) -> Objects.requireNonNull(report.getId())).toList())
			.stream()
			.collect(Collectors.groupingBy(DescribedApproach::getReportId,
					Collectors.mapping((approach) -> new RecordReference(approach.getSlug(), approach.getTitle(),
							RecordLinks.approach(approach.getSlug())), Collectors.toList())));
		Map<String, Country> named = this.countries
			.byIso2(page.stream().map(InitialReport::getCountryIso2).collect(Collectors.toSet()));
		return page.stream()
			.map((report) -> InitialReportRepresentation.of(report, named,
					approaches.getOrDefault(report.getId(), List.of())))
			.toList();
	}

}
