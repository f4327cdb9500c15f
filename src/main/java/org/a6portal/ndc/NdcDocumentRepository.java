package org.a6portal.ndc;

import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * NDC documents of the UNFCCC registry.
 */
public interface NdcDocumentRepository extends Repository<NdcDocument, Long> {

	/** A country's current NDC document (two where the registry has language versions of one day), in one statement. */
	@Query("""
			select d from NdcDocument d
			where d.countryIso2 = :iso2 and d.isCurrent = true
			and (:shown is null or d.publicationStatus = :shown)
			order by d.submittedOn desc nulls last, d.language nulls last, d.slug
			""")
	List<NdcDocument> findCurrentByCountry(String iso2, @Nullable PublicationStatus shown);

	/**
	 * The registry's documents of one NDC version: the country's published documents of the year the version is known
	 * by, active before archived, newest first (several where the registry has language versions). One statement.
	 */
	@Query("""
			select d from NdcDocument d
			where d.countryIso2 = :iso2 and extract(year from d.submittedOn) = :year
			and d.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			order by d.registryStatus, d.submittedOn desc, d.language nulls last, d.slug
			""")
	List<NdcDocument> findPublishedOfVersion(String iso2, int year);

	Optional<NdcDocument> findById(Long id);

	Optional<NdcDocument> findBySlug(String slug);

	Optional<NdcDocument> findByCountryIso2AndDocumentUrl(String countryIso2, String documentUrl);

	NdcDocument save(NdcDocument document);

	void delete(NdcDocument document);

	List<NdcDocument> findAllByOrderByCountryIso2AscSubmittedOnDesc();

	/** Editors' list: title, slug or language containing the text, by status and country. */
	@Query("""
			select d from NdcDocument d
			where (:text = '' or search_fold(d.title) like concat('%', :text, '%') or d.slug like concat('%', :text, '%')
			       or lower(d.language) like concat('%', :text, '%'))
			and (:status is null or d.publicationStatus = :status)
			and (:country is null or d.countryIso2 = :country)
			""")
	Page<NdcDocument> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

}
