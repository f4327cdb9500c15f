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
 * Sustainable-development statements as editors see them: every one, draft or published.
 */
public interface SdStatementRepository extends Repository<SdStatement, Long> {

	Optional<SdStatement> findById(Long id);

	Optional<SdStatement> findBySlug(String slug);

	List<SdStatement> findAllByOrderByCountryIso2AscIdAsc();

	SdStatement save(SdStatement statement);

	void delete(SdStatement statement);

	/** The countries that share a cooperative approach with the country: its Article 6 partners. */
	@Query(value = """
			SELECT DISTINCT other.country_iso2 FROM cooperative_approach_party own
			JOIN cooperative_approach_party other ON other.approach_id = own.approach_id
			WHERE own.country_iso2 = :iso2 AND other.country_iso2 <> :iso2
			""", nativeQuery = true)
	List<String> findPartnersOf(String iso2);

	/** Editors' list: body, title or slug containing the text, by status and country, one page. */
	@Query(value = """
			select s from SdStatement s
			where (:text = '' or search_fold(s.body) like concat('%', :text, '%')
			       or search_fold(s.title) like concat('%', :text, '%') or s.slug like concat('%', :text, '%'))
			and (:status is null or s.publicationStatus = :status)
			and (:country is null or s.countryIso2 = :country)
			""")
	Page<SdStatement> search(String text, @Nullable PublicationStatus status, @Nullable String country,
			Pageable pageable);

}
