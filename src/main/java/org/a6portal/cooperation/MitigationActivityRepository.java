package org.a6portal.cooperation;

import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Mitigation activities, for their editors.
 */
public interface MitigationActivityRepository extends Repository<MitigationActivity, Long> {

	Optional<MitigationActivity> findById(Long id);

	Optional<MitigationActivity> findBySlug(String slug);

	MitigationActivity save(MitigationActivity activity);

	void delete(MitigationActivity activity);

	List<MitigationActivity> findAllByOrderByTitle();

	List<MitigationActivity> findByApproachIdOrderByTitle(long approachId);

	/** Editors' list: title, slug or description containing the text, by status and by a Party of its approach. */
	@Query("""
			select m from MitigationActivity m
			where (:text = '' or search_fold(m.title) like concat('%', :text, '%') or m.slug like concat('%', :text, '%')
			       or search_fold(m.description) like concat('%', :text, '%'))
			and (:status is null or m.publicationStatus = :status)
			and (:country is null or exists (select 1 from CooperativeApproach b join b.parties p
			                                 where b.id = m.approachId and p.countryIso2 = :country))
			""")
	Page<MitigationActivity> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

	@Query("select count(t) from ItmoTransfer t where t.activityId = :id")
	long countTransfers(Long id);

}
