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
 * Article 6.2 events, for their editors.
 */
public interface ItmoEventRepository extends Repository<ItmoEvent, Long> {

	Optional<ItmoEvent> findById(Long id);

	Optional<ItmoEvent> findBySlug(String slug);

	ItmoEvent save(ItmoEvent event);

	void delete(ItmoEvent event);

	List<ItmoEvent> findAllByOrderBySlug();

	/**
	 * Editors' list: description, activity, notes or slug containing the text, by status and by a Party (its host,
	 * its acquirer or its approach's).
	 */
	@Query("""
			select e from ItmoEvent e
			where (:text = '' or search_fold(e.description) like concat('%', :text, '%') or e.slug like concat('%', :text, '%')
			       or search_fold(e.activityTitle) like concat('%', :text, '%') or search_fold(e.notes) like concat('%', :text, '%'))
			and (:status is null or e.publicationStatus = :status)
			and (:country is null or e.hostIso2 = :country or e.acquiringIso2 = :country
			     or exists (select 1 from CooperativeApproach b join b.parties p
			                where b.id = e.approachId and p.countryIso2 = :country))
			""")
	Page<ItmoEvent> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

}
