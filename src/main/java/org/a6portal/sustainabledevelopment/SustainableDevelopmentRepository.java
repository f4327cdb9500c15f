package org.a6portal.sustainabledevelopment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Published sustainable-development statements and initial reports of a country.
 */
public interface SustainableDevelopmentRepository extends Repository<SdStatement, Long> {

	@Query("""
			select s from SdStatement s
			where s.countryIso2 = :iso2
			and (:shown is null or s.publicationStatus = :shown)
			order by s.topic, s.id
			""")
	List<SdStatement> findPublishedStatements(String iso2, @Nullable PublicationStatus shown);

	@Query("""
			select r from InitialReport r
			where r.countryIso2 = :iso2
			and (:shown is null or r.publicationStatus = :shown)
			order by r.submittedOn desc nulls last, r.id
			""")
	List<InitialReport> findPublishedInitialReports(String iso2, @Nullable PublicationStatus shown);

	/** A published initial report's own page. */
	@Query("""
			select r from InitialReport r
			where r.slug = :slug
			and r.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	Optional<InitialReport> findPublishedInitialReportBySlug(String slug);

	/**
	 * The API's list: published initial reports matching the filters (as {@link InitialReportCriteria} defines them,
	 * the overview page's too), by slug, one page (or all).
	 */
	@Query(value = """
			select r from InitialReport r
			where r.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:country is null or r.countryIso2 = :country)
			and (:region is null or exists (select 1 from Country c where c.iso2 = r.countryIso2 and c.region = :region))
			and (:reviewStatus is null or r.reviewStatus = :reviewStatus)
			order by r.slug
			""", countQuery = """
			select count(r) from InitialReport r
			where r.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:country is null or r.countryIso2 = :country)
			and (:region is null or exists (select 1 from Country c where c.iso2 = r.countryIso2 and c.region = :region))
			and (:reviewStatus is null or r.reviewStatus = :reviewStatus)
			""")
	Page<InitialReport> findPublishedInitialReports(@Nullable String country, @Nullable Region region,
			@Nullable ReviewStatus reviewStatus, Pageable pageable);

	/** The published cooperative approaches these initial reports describe, in one statement. */
	@Query(value = """
			SELECT ra.report_id AS reportId, a.slug AS slug, a.title AS title
			FROM initial_report_approach ra JOIN cooperative_approach a ON a.id = ra.approach_id
			WHERE ra.report_id IN (:reportIds) AND a.publication_status = 'published'
			ORDER BY a.title
			""", nativeQuery = true)
	List<DescribedApproach> findPublishedApproachesOfReports(Collection<Long> reportIds);

	/**
	 * A published cooperative approach an initial report describes.
	 */
	interface DescribedApproach {

		Long getReportId();

		String getSlug();

		String getTitle();

	}

}
