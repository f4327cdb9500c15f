package org.a6portal.capacitybuilding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
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

	/** The API's lists: ids of the published projects involving the country (or all), by slug, one page (or all). */
	@Query(value = """
			select p.id from CapacityBuildingProject p
			where p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:country is null or exists (select 1 from CapacityBuildingProject q join q.countryIso2s c
			                                 where q = p and c = :country))
			order by p.slug
			""", countQuery = """
			select count(p) from CapacityBuildingProject p
			where p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and (:country is null or exists (select 1 from CapacityBuildingProject q join q.countryIso2s c
			                                 where q = p and c = :country))
			""")
	Page<Long> findPublishedIds(@Nullable String country, Pageable pageable);

	/** The API's lists: the published projects with these ids, with their countries, in one statement. */
	@Query("""
			select distinct p from CapacityBuildingProject p
			left join fetch p.countryIso2s
			where p.id in :ids
			and p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	List<CapacityBuildingProject> findPublishedWithCountriesByIdIn(Collection<Long> ids);

}
