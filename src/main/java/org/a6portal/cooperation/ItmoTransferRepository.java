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
 * ITMO transfers, for their editors.
 */
public interface ItmoTransferRepository extends Repository<ItmoTransfer, Long> {

	Optional<ItmoTransfer> findById(Long id);

	Optional<ItmoTransfer> findBySlug(String slug);

	ItmoTransfer save(ItmoTransfer transfer);

	void delete(ItmoTransfer transfer);

	List<ItmoTransfer> findAllByOrderByTransferredOnDesc();

	/** Editors' list: slug containing the text, by status and by a Party (its own or its approach's). */
	@Query("""
			select t from ItmoTransfer t
			where (:text = '' or t.slug like concat('%', :text, '%') or lower(t.fromIso2) = :text or lower(t.toIso2) = :text)
			and (:status is null or t.publicationStatus = :status)
			and (:country is null or t.fromIso2 = :country or t.toIso2 = :country
			     or exists (select 1 from CooperativeApproach b join b.parties p
			                where b.id = t.approachId and p.countryIso2 = :country))
			""")
	Page<ItmoTransfer> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

}
