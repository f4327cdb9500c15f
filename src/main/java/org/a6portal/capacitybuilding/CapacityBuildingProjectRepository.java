package org.a6portal.capacitybuilding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Published capacity-building projects, with the countries they involve.
 */
public interface CapacityBuildingProjectRepository extends Repository<CapacityBuildingProject, Long> {

	@Query("""
			select distinct p from CapacityBuildingProject p
			left join fetch p.countryIso2s
			where p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			and exists (select 1 from CapacityBuildingProject q join q.countryIso2s c where q = p and c = :iso2)
			order by p.title
			""")
	List<CapacityBuildingProject> findPublishedByCountry(String iso2);

	@Query("""
			select p from CapacityBuildingProject p
			left join fetch p.countryIso2s
			where p.slug = :slug
			and p.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			""")
	Optional<CapacityBuildingProject> findPublishedBySlug(String slug);

}
