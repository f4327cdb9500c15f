package org.a6portal.sustainabledevelopment;

import java.util.List;
import java.util.Optional;

import org.a6portal.common.PublicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Initial reports, for their editors.
 */
public interface InitialReportRepository extends Repository<InitialReport, Long> {

	Optional<InitialReport> findById(Long id);

	Optional<InitialReport> findBySlug(String slug);

	InitialReport save(InitialReport report);

	void delete(InitialReport report);

	List<InitialReport> findAllByOrderByCountryIso2AscSubmittedOnDesc();

	/** Editors' list: title, slug or notes containing the text, by status and country. */
	@Query("""
			select r from InitialReport r
			where (:text = '' or search_fold(r.title) like concat('%', :text, '%') or r.slug like concat('%', :text, '%')
			       or search_fold(r.notes) like concat('%', :text, '%'))
			and (:status is null or r.publicationStatus = :status)
			and (:country is null or r.countryIso2 = :country)
			""")
	Page<InitialReport> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

}
