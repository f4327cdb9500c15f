package org.a6portal.ndc;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Published NDC targets with their submission.
 */
public interface NdcTargetRepository extends Repository<NdcTarget, Long> {

	/** A country's published targets, newest NDC first, unconditional before conditional within a year. */
	@Query("""
			select t from NdcTarget t join fetch t.submission s
			where s.countryIso2 = :iso2
			and t.publicationStatus = org.a6portal.common.PublicationStatus.PUBLISHED
			order by s.isCurrent desc, s.versionYear desc, s.label, t.targetYear nulls last, t.conditional nulls first,
			         t.id
			""")
	List<NdcTarget> findPublishedByCountry(String iso2);

}
