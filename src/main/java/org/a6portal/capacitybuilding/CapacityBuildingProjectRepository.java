package org.a6portal.capacitybuilding;

import java.time.LocalDate;
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
 * Published capacity-building projects, with the countries they involve; and every project, for editors.
 */
public interface CapacityBuildingProjectRepository extends Repository<CapacityBuildingProject, Long> {

	Optional<CapacityBuildingProject> findById(Long id);

	Optional<CapacityBuildingProject> findBySlug(String slug);

	/** The records with these slugs, in one query (imports). */
	List<CapacityBuildingProject> findBySlugIn(java.util.Collection<String> slugs);

	List<CapacityBuildingProject> findAllByOrderByTitle();

	CapacityBuildingProject save(CapacityBuildingProject project);

	void delete(CapacityBuildingProject project);

	/** Editors' list: title, lead organisation, funder, summary or slug containing the text (accents ignored), by status and country, one page. */
	@Query(value = """
			select p from CapacityBuildingProject p
			where (:text = '' or search_fold(p.title) like concat('%', :text, '%')
			       or search_fold(p.leadOrganisation) like concat('%', :text, '%') or p.slug like concat('%', :text, '%')
			       or search_fold(p.funder) like concat('%', :text, '%') or search_fold(p.summary) like concat('%', :text, '%'))
			and (:status is null or p.publicationStatus = :status)
			and (:country is null or exists (select 1 from CapacityBuildingProject q join q.countryIso2s c
			                                 where q = p and c = :country))
			""")
	Page<CapacityBuildingProject> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

	@Query("""
			select distinct p from CapacityBuildingProject p
			left join fetch p.countryIso2s
			where (:shown is null or p.publicationStatus = :shown)
			and exists (select 1 from CapacityBuildingProject q join q.countryIso2s c where q = p and c = :iso2)
			order by p.title
			""")
	List<CapacityBuildingProject> findPublishedByCountry(String iso2, @Nullable PublicationStatus shown);

	@Query("""
			select p from CapacityBuildingProject p
			left join fetch p.countryIso2s
			where p.slug = :slug
			and p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	Optional<CapacityBuildingProject> findPublishedBySlug(String slug);

	/**
	 * The API's lists: ids of the published projects matching the filters (as {@link CapacityBuildingCriteria}
	 * defines them, the directory page's too), by slug, one page (or all).
	 */
	@Query(value = """
			select p.id from CapacityBuildingProject p
			where p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:country is null or exists (select 1 from CapacityBuildingProject q join q.countryIso2s c
			                                 where q = p and c = :country))
			and (:region is null or exists (select 1 from CapacityBuildingProject q join q.countryIso2s c, Country k
			                                where q = p and k.iso2 = c and k.region = :region))
			and (:organisation is null or p.leadOrganisation = :organisation or p.funder = :organisation)
			and (:everyYear = true or (p.startedOn <= :yearEnd and (p.endsOn is null or p.endsOn >= :yearStart)))
			order by p.slug
			""", countQuery = """
			select count(p) from CapacityBuildingProject p
			where p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:country is null or exists (select 1 from CapacityBuildingProject q join q.countryIso2s c
			                                 where q = p and c = :country))
			and (:region is null or exists (select 1 from CapacityBuildingProject q join q.countryIso2s c, Country k
			                                where q = p and k.iso2 = c and k.region = :region))
			and (:organisation is null or p.leadOrganisation = :organisation or p.funder = :organisation)
			and (:everyYear = true or (p.startedOn <= :yearEnd and (p.endsOn is null or p.endsOn >= :yearStart)))
			""")
	Page<Long> findPublishedIds(@Nullable String country, @Nullable Region region, @Nullable String organisation,
			boolean everyYear, LocalDate yearStart, LocalDate yearEnd, Pageable pageable);

	/** Whether a published project names the organisation as its lead organisation or funder. */
	@Query("""
			select count(p) > 0 from CapacityBuildingProject p
			where p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (p.leadOrganisation = :organisation or p.funder = :organisation)
			""")
	boolean existsPublishedByOrganisation(String organisation);

	/** {@link #findPublishedIds} with the criteria of the directory page. */
	default Page<Long> findPublishedIds(CapacityBuildingCriteria criteria, Pageable pageable) {
		// with no year, the dates only give the parameters a type (PostgreSQL cannot type a bare "? is null")
		LocalDate start = criteria.yearStart();
		LocalDate end = criteria.yearEnd();
		return findPublishedIds(criteria.country(), criteria.region(), criteria.organisation(), start == null,
				(start != null) ? start : LocalDate.EPOCH, (end != null) ? end : LocalDate.EPOCH, pageable);
	}

	/** The API's lists: the published projects with these ids, with their countries, in one statement. */
	@Query("""
			select distinct p from CapacityBuildingProject p
			left join fetch p.countryIso2s
			where p.id in :ids
			and p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	List<CapacityBuildingProject> findPublishedWithCountriesByIdIn(Collection<Long> ids);

}
