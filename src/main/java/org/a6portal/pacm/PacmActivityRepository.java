package org.a6portal.pacm;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Published PACM activities.
 */
public interface PacmActivityRepository extends Repository<PacmActivity, Long> {

	@Query("""
			select a from PacmActivity a
			left join fetch a.activityType t left join fetch t.sector
			where a.hostIso2 = :iso2
			and a.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			order by a.stageOn desc nulls last, a.title
			""")
	List<PacmActivity> findPublishedByHost(String iso2);

}
