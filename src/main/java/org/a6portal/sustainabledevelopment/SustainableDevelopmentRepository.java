package org.a6portal.sustainabledevelopment;

import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
import org.jspecify.annotations.Nullable;

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

}
