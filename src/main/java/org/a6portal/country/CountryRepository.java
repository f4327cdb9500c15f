package org.a6portal.country;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Countries by their codes and slug.
 */
public interface CountryRepository extends Repository<Country, String> {

	Optional<Country> findByIso2(String iso2);

	Optional<Country> findByIso3(String iso3);

	Optional<Country> findBySlug(String slug);

	List<Country> findAll();

	List<Country> findByIso2In(java.util.Collection<String> codes);

	Country save(Country country);

	/** Editors' list: a name in any language or a code containing the text, by region, one page. */
	@Query("""
			select c from Country c
			where (:text = '' or search_fold(c.nameEn) like concat('%', :text, '%') or search_fold(c.nameEs) like concat('%', :text, '%')
			       or search_fold(c.nameFr) like concat('%', :text, '%') or lower(c.iso2) = :text or lower(c.iso3) = :text)
			and (:region is null or c.region = :region)
			""")
	Page<Country> search(String text, @Nullable Region region, Pageable pageable);

}
